// Area 'content' in 'es': keys and {arguments} as in ../en/content.ts.
export default {} satisfies Partial<Record<keyof typeof import('../en/content').default, string>>;
