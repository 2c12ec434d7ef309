/**
 * Lets the server answer other requests in the middle of a long transaction (an import, a bulk
 * update). On SQLite every statement runs synchronously and Prisma's calls between them settle as
 * microtasks, so a transaction of many rows would otherwise hold the event loop, and every other
 * request, for its whole duration. Meanwhile other requests' reads see what is committed
 * (lib/sqlite-adapter.ts) and their writes wait. Harmless on PostgreSQL, whose queries yield anyway.
 */
export const letOtherRequestsRun = () => new Promise<void>((resolve) => setImmediate(resolve));
