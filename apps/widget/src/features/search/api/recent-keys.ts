export const recentKeys = {
  all: ['salesforce-recent'] as const,
  list: () => [...recentKeys.all, 'list'] as const,
  opened: () => [...recentKeys.all, 'opened'] as const,
};
