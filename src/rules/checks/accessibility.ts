import { msg } from '../messages.js';
import { add, has, items, text, type CheckCtx, type Obj, type Seg } from './context.js';

/** §4.9.5: level ↔ WCAG level and accessibility-statement combinations. */
export function accessibilityRules(c: CheckCtx, body: Obj): void {
  items(body, 'accessibilityClassification').forEach((a, n) => {
    const p: Seg[] = ['accessibilityClassification', n];
    const level = text(a, 'accessibilityClassificationLevel');
    const wcag = text(a, 'wcagLevel');
    const hasStatement =
      has(a, 'accessibilityStatementWebPageName') || has(a, 'accessibilityStatementWebPage');
    const fullStatement =
      has(a, 'accessibilityStatementWebPageName') && has(a, 'accessibilityStatementWebPage');
    if (level === 'FullyCompliant' && wcag !== 'LevelAA' && wcag !== 'LevelAAA')
      add(c, [...p, 'wcagLevel'], msg.wcag(level, "'LevelAA' or 'LevelAAA'"), 'accessibilityWcag');
    if (level === 'PartiallyCompliant' && wcag !== 'LevelA')
      add(c, [...p, 'wcagLevel'], msg.wcag(level, "'LevelA'"), 'accessibilityWcag');
    if ((level === 'NonCompliant' || level === 'Unknown') && wcag !== undefined)
      add(c, [...p, 'wcagLevel'], msg.wcag(level, 'none'), 'accessibilityWcag');
    if (level && level !== 'Unknown' && !fullStatement)
      add(c, [...p, 'accessibilityStatementWebPage'], msg.statementRequired(level), 'accessibilityStatement');
    if (level === 'Unknown' && hasStatement)
      add(c, [...p, 'accessibilityStatementWebPage'], msg.statementForbidden(), 'accessibilityStatement');
  });
}
