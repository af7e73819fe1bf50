/**
 * Behaviours where the simulator is known to differ from PTV, with why and who fixes it. They stay in the
 * corpus and count as disagreeing in `npm run fidelity`; in the integration test they are expected failures,
 * so the test turns red the day the simulator starts agreeing and the entry must go.
 */
export const KNOWN_DIVERGENCES: Record<string, string> = {};
