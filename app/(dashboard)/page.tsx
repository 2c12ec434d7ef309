import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";

// The portfolio dashboard (issue 6) replaces this; until then the home page is the table.
export default async function HomePage() {
  await requireUser();
  redirect("/agreements");
}
