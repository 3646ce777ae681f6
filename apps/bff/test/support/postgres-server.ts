export { default } from '@sfsearch/test-postgres/global-setup';
