// The session cookie's name, shared by next-auth's options and the proxy's quick check.
export const sessionCookieName = (secure: boolean) => `${secure ? "__Secure-" : ""}broadsheet.session`;
