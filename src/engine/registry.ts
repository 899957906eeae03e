import { RULES } from '../../rules';
import { CATALOGUE_IDS } from './catalogue';
import type { Rule } from './rule';

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function allRules(): readonly Rule[] {
  return RULES;
}

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** A rule id the user may name: implemented here, or reserved by the catalogue for a later version. */
export function isKnownRuleId(id: string): boolean {
  return BY_ID.has(id) || CATALOGUE_IDS.includes(id);
}

export function isPresetName(name: string): name is 'recommended' | 'all' {
  return name === 'recommended' || name === 'all';
}

/** Rules a preset turns on. `always` rules (parse-error, internal-error) are in every preset. */
export function presetRules(preset: 'recommended' | 'all'): Rule[] {
  return RULES.filter((rule) => preset === 'all' || rule.meta.preset !== 'all');
}
