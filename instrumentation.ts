// Runs once when the server starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  // The socket address is otherwise out of reach of route handlers and server actions (lib/auth/client-address.ts).
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/auth/peer-address-node");
}
