import { msg } from '../messages.js';
import { add, has, items, text, type CheckCtx, type Obj, type Seg } from './context.js';

/** §4.9.5: level ↔ WCAG level and accessibility-statement combinations (AccessibilityClassificationValidator.cs:69-118). */
export function accessibilityRules(c: CheckCtx, body: Obj): void {
  items(body, 'accessibilityClassification').forEach((a, n) => {
    const p: Seg[] = ['accessibilityClassification', n];
    const level = text(a, 'accessibilityClassificationLevel');
    const wcag = text(a, 'wcagLevel');
    const hasStatement =
      has(a, 'accessibilityStatementWebPageName') || has(a, 'accessibilityStatementWebPage');
    const fullStatement =
      has(a, 'accessibilityStatementWebPageName') && has(a, 'accessibilityStatementWebPage');
    if (
      (level === 'FullyCompliant' && wcag !== 'LevelAA' && wcag !== 'LevelAAA') ||
      (level === 'PartiallyCompliant' && wcag !== 'LevelA') ||
      ((level === 'NonCompliant' || level === 'Unknown') && wcag)
    )
      add(c, [...p, 'wcagLevel'], msg.wcag(wcag ?? '', level), 'accessibilityWcag');
    if (level && level !== 'Unknown' && !fullStatement)
      add(c, [...p, 'accessibilityStatementWebPage'], msg.statementRequired(level), 'accessibilityStatement');
    if (level === 'Unknown' && hasStatement)
      add(c, [...p, 'accessibilityStatementWebPage'], msg.statementForbidden(), 'accessibilityStatement');
  });
}
