// What sign-in answers besides success, as next-auth hands an authorize() error's message to the
// form (`result.error`). Client-safe.
export const SECOND_FACTOR_REQUIRED = "second-factor-required";
export const SECOND_FACTOR_INVALID = "second-factor-invalid";
