import { notFound, redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { openNotification } from "@/lib/data/notifications";
import { entityId } from "@/lib/validations/common";

type Props = { params: Promise<{ id: string }> };

/**
 * Opening a notification: marks it read and goes where it happened. Only its recipient can: any
 * other id (someone else's, unknown, malformed) is the 404 page and changes nothing. Reached by a
 * plain link from the list (never prefetched).
 */
export default async function OpenNotificationPage({ params }: Props) {
  const user = await requirePermission("agreement:read");
  const id = entityId().safeParse((await params).id);
  if (!id.success) notFound();
  const target = await openNotification(id.data, user.id);
  if (!target) notFound();
  redirect(target);
}
