import type { SalesforceConfig } from '@sfsearch/contracts';
import { useState } from 'react';
import { initialValues, validateConfig, type ConfigField, type ConfigFormValues } from '../utils/config-form.ts';

/**
 * Form state for the Salesforce settings. A field's error shows once the admin has edited it, or
 * after a Check or Save attempt; the login host is checked as it is typed.
 */
export function useConfigForm(config: SalesforceConfig) {
  const [values, setValues] = useState<ConfigFormValues>(() => initialValues(config));
  const [touched, setTouched] = useState<ReadonlySet<ConfigField>>(new Set());
  const [attempted, setAttempted] = useState(false);

  const { errors, update } = validateConfig(values, config);
  const visibleErrors = Object.fromEntries(
    Object.entries(errors).filter(([field]) => attempted || touched.has(field as ConfigField)),
  ) as typeof errors;

  const set = <K extends keyof ConfigFormValues>(key: K, value: ConfigFormValues[K], field?: ConfigField) => {
    setValues((old) => ({ ...old, [key]: value }));
    if (field) touch(field);
  };
  const touch = (field: ConfigField) => setTouched((old) => (old.has(field) ? old : new Set(old).add(field)));

  return {
    values,
    set,
    touch,
    errors: visibleErrors,
    /** The update to send, when every field is valid. */
    update,
    /** Call before Check or Save: shows every error. Returns the update, or undefined. */
    attempt: () => {
      setAttempted(true);
      return update;
    },
    /** After a save: the stored secret is the typed one now. */
    resetSecret: () => setValues((old) => ({ ...old, consumerSecret: '' })),
  };
}
