/** What the app's middleware puts on a request's context. */
export interface AppEnv {
  Variables: {
    /** The logged-in user's name (undefined: nobody logged in). */
    user?: string;
    /** This request's CSRF token (read from or just set in the CSRF cookie). */
    csrf?: string;
  };
}
