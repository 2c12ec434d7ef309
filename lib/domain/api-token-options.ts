// What a token may be, apart from the cryptography (lib/domain/api-token.ts): the forms in the
// browser import these, and must not pull node:crypto into the client bundle.

export const API_TOKEN_KINDS = ["personal", "service"] as const;
export type ApiTokenKind = (typeof API_TOKEN_KINDS)[number];
export const API_TOKEN_SCOPES = ["read", "read_write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
/** The longest life a token may be given: a forgotten token still dies within a year. */
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_EXPIRY_CHOICES = [7, 30, 90, 180, 365] as const;
