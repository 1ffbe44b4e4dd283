// Area 'tabs' in 'de': keys and {arguments} as in ../en/tabs.ts.
export default {} satisfies Partial<Record<keyof typeof import('../en/tabs').default, string>>;
