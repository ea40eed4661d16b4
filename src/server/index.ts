export { createServerApp, type ServerDeps } from "./app.ts";
export { hashPassword, verifyPassword } from "./auth/password.ts";
export { type ListeningServer, listenApp } from "./listen.ts";
