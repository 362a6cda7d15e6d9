/** Runs with one rule of a switch table off, back on after, so that a test can show what the rule does. */
export function withRuleOff<Rules extends Record<string, boolean>, T>(
  rules: Rules,
  rule: keyof Rules,
  run: () => T,
): T {
  (rules as Record<keyof Rules, boolean>)[rule] = false;
  try {
    return run();
  } finally {
    (rules as Record<keyof Rules, boolean>)[rule] = true;
  }
}

/** withRuleOff for a run that awaits: the rule is back on once the run has settled. */
export async function withRuleOffAsync<Rules extends Record<string, boolean>, T>(
  rules: Rules,
  rule: keyof Rules,
  run: () => Promise<T>,
): Promise<T> {
  (rules as Record<keyof Rules, boolean>)[rule] = false;
  try {
    return await run();
  } finally {
    (rules as Record<keyof Rules, boolean>)[rule] = true;
  }
}
