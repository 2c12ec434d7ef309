"use server";

export async function save(_previous: string, formData: FormData): Promise<string> {
  const name = formData.get("name");
  return typeof name === "string" && name.trim() ? `Saved ${name.trim()}` : "A name is required";
}
