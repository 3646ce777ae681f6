export const paths = {
  search: '/',
  adminSalesforce: '/control-panel/marketplace/salesforce',
} as const;
