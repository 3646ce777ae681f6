export const connectionKeys = {
  all: ['salesforce-connection'] as const,
  status: () => [...connectionKeys.all, 'status'] as const,
};
