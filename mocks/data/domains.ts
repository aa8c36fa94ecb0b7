/** Primary domains, unique per customer by construction rather than by checking every domain issued. */

export const TENANT_DOMAIN_SUFFIX = '.onmicrosoft.com';

/**
 * Hands out `<slug>.onmicrosoft.com`, then `<slug>-2…`, `<slug>-3…` for names seen before. Unique as long
 * as no slug itself ends in `-<digits>` (see `CompanyName.slug`). One registry per generated dataset.
 */
export class DomainRegistry {
  // A mutable count per slug: one hash lookup per claim rather than a get and a set.
  private readonly issued = new Map<string, { count: number }>();

  claim(slug: string): string {
    let issued = this.issued.get(slug);
    if (issued === undefined) {
      issued = { count: 0 };
      this.issued.set(slug, issued);
    }
    const count = ++issued.count;
    return count === 1 ? `${slug}${TENANT_DOMAIN_SUFFIX}` : `${slug}-${count}${TENANT_DOMAIN_SUFFIX}`;
  }
}
