import * as z from 'zod/mini';

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    isAdmin: z.boolean(),
  }),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;
