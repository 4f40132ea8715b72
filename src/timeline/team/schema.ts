import { z } from 'zod';

/**
 * The shape of one events.yaml item. Strict: a misspelt field ("recurence") is an error, not
 * silently ignored. What a date or a time zone means is checked after, in check-item.ts, so the
 * message can say how to fix it.
 */
const KINDS = ['meeting', 'agreement', 'law', 'deadline', 'publication', 'other'] as const;

export const ItemSchema = z.strictObject({
  title: z.string().trim().min(1),
  // A bare year or a YAML timestamp arrives as a number or Date: check-item.ts explains the format.
  date: z.union([z.string(), z.number(), z.date()]),
  timezone: z.string().optional(),
  recurrence: z.enum(['yearly', 'none']),
  source: z.url({ protocol: /^https?$/ }),
  kind: z.enum(KINDS).optional(),
  anchors: z.array(z.strictObject({ doc: z.string().min(1), phrase: z.string().min(1) })).optional(),
});

export type RawItem = z.infer<typeof ItemSchema>;

export const FIELDS = Object.keys(ItemSchema.shape);
