// Who is signed in, and what their roles let them use. The API enforces the same rules (403); the tab only hides.
export const session = { host: null, me: null, devUsers: null, meStatus: 0 };

export const roles = {
  isCiso: () => session.me?.roles?.includes('CISO') ?? false,
  isBoard: () => session.me?.roles?.includes('Board') ?? false,
  isMember: () => (session.me?.roles?.length ?? 0) > 0,
  canSeeEvidence: () => roles.isCiso() || roles.isBoard(),
};

/** Audiences a page may declare: who may open it (and sees it in the navigation). */
export const audience = {
  public: () => true,
  member: () => roles.isMember(),
  board: () => roles.canSeeEvidence(), // board members and the CISO
  ciso: () => roles.isCiso(),
};
