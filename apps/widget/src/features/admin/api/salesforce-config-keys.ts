export const salesforceConfigKeys = {
  all: ['admin', 'salesforce-config'] as const,
  detail: () => [...salesforceConfigKeys.all, 'detail'] as const,
};
