/**
 * A work allowance for path analysis. Every search charges the states it expands; when the
 * allowance (or its parent's: one check's budget inside a rule's budget for a distribution) runs
 * out, the search stops and its caller falls back to a sound answer.
 */
export class Budget {
  private used = 0;

  constructor(
    readonly limit: number,
    private readonly parent?: Budget,
  ) {}

  /** Charges `units` of work; false once this allowance or its parent's is spent. */
  spend(units: number): boolean {
    this.used += units;
    const parentOk = this.parent ? this.parent.spend(units) : true;
    return parentOk && this.used <= this.limit;
  }

  get exhausted(): boolean {
    return this.used > this.limit || (this.parent?.exhausted ?? false);
  }

  /** A budget for one check that also draws on this one. */
  child(limit: number): Budget {
    return new Budget(limit, this);
  }
}

/** Allowance of one check (a unit is roughly one position-set step: tens of nanoseconds). */
export const CHECK_BUDGET = 30_000;
/** Allowance of one rule over one distribution, so a whole template stays within tens of milliseconds. */
export const DISTRIBUTION_BUDGET = 300_000;
