import { describe, expect, it } from 'vitest';
import { errorsPtvAnswers, stageOf, validatorRuleSources } from './validationStage.js';
import { validatePayload } from './validatePayload.js';
import { example } from '../../test/support/examples.js';

// EntityManagerBase.cs:78-101 (ptv-release-3_4): model-state errors answer 400 before the data
// validator runs, so both kinds never come back together.
describe('validation stage: model state first, data validators after', () => {
  it('every validator-stage rule cites a DataValidators file:line', () => {
    const sources = Object.entries(validatorRuleSources());
    expect(sources.length).toBeGreaterThan(20);
    for (const [rule, source] of sources) expect(source, rule).toMatch(/^[A-Za-z]+Validator\.cs:\d+/);
  });

  it('classifies by rule id, and by message where one rule id spans both passes', () => {
    expect(stageOf({ rule: 'maxLength', message: 'x' })).toBe('model');
    expect(stageOf({ rule: 'codeList', message: "The code '00000' was not found!" })).toBe('validator');
    expect(
      stageOf({
        rule: 'areaTypeAreas',
        message: "The field is required when 'AreaType' has value 'LimitedType'.",
      }),
    ).toBe('model');
    expect(
      stageOf({ rule: 'areaTypeAreas', message: 'No Areas accepted when AreaType has value Nationwide.' }),
    ).toBe('validator');
    expect(stageOf({ rule: 'timedPublishing', message: 'Date needs to be in future!' })).toBe('model');
    expect(
      stageOf({ rule: 'timedPublishing', message: 'Archiving date must be greater than publishing date.' }),
    ).toBe('validator');
    // An own property of Object.prototype is not a rule id.
    expect(stageOf({ rule: 'constructor', message: '' })).toBe('model');
  });

  it('a body with an attribute error and a validator error is answered with the attribute error only', () => {
    const body = example('service');
    body.serviceNames[0].value = 'x'.repeat(101); // MaxLength attribute (model state)
    body.serviceClasses = [...body.serviceClasses, ...Array(5).fill(body.serviceClasses[0])]; // validator
    const findings = validatePayload(body, { kind: 'service', op: 'post' }).findings;
    // The engine itself still reports both kinds (validate shows everything at once) …
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['maxLength', 'serviceClassesMax']));
    const answered = errorsPtvAnswers(findings);
    // … PTV answers with the model-state pass only.
    expect(answered.map((f) => f.rule)).toEqual(['maxLength']);
    expect(answered.map((f) => f.path)).toEqual(['ServiceNames']);
  });

  it('without attribute errors the validator errors are the answer', () => {
    const body = example('service');
    body.serviceClasses = [...body.serviceClasses, ...Array(5).fill(body.serviceClasses[0])];
    const findings = validatePayload(body, { kind: 'service', op: 'post' }).findings;
    const answered = errorsPtvAnswers(findings);
    expect(answered.map((f) => f.rule)).toContain('serviceClassesMax');
    expect(answered.every((f) => f.severity === 'error')).toBe(true);
  });

  it('warnings never reach the answer', () => {
    expect(
      errorsPtvAnswers([{ path: 'X', message: 'm', rule: 'json.coerced', severity: 'warning' }]),
    ).toEqual([]);
  });
});
