/** Customer rows: realistic names and domains, a relationship mix, dual-role pairs, tags, hostile samples. */
import type { CustomerRow, KnownRelationship } from '../../src/model/customer.js';
import { CompanyNames } from './company-names.js';
import { DomainRegistry } from './domains.js';
import { HOSTILE_DOMAINS, HOSTILE_NAMES, HOSTILE_TAGS, hostileDomain } from './hostile.js';
import { resolveOptions, type DatasetOptions } from './options.js';
import { Random, WeightedChoice } from './random.js';
import { INDIRECT_RESELLERS } from './resellers.js';
import { pickTags } from './tags.js';

/** Share of customers that are dual-role: two rows, one cloud-reseller and one indirect-reseller. */
const DUAL_ROLE_SHARE = 0.05;
/** After the leading hostile rows, about one customer in 50 gets a hostile name. */
const HOSTILE_SHARE = 1 / 50;
const HOSTILE_DOMAIN_SHARE = 1 / 3;

/** Relationship of a single-row customer. */
const RELATIONSHIPS = new WeightedChoice<KnownRelationship>([
  ['cloud-reseller', 50],
  ['indirect-reseller', 44],
  ['advisor', 5],
  ['none', 1],
]);

/** What both rows of a dual-role customer share. */
interface Customer {
  id: string;
  companyName: string;
  primaryDomain: string;
  tags: string[];
}

class CustomerFactory {
  private readonly names: CompanyNames;
  private readonly domains = new DomainRegistry();
  private readonly hostileDomainUses = HOSTILE_DOMAINS.map(() => 0);

  constructor(private readonly random: Random) {
    this.names = new CompanyNames(random);
  }

  ordinary(): Customer {
    const { name, slug } = this.names.next();
    return {
      id: this.random.guid(),
      companyName: name,
      primaryDomain: this.domains.claim(slug),
      tags: pickTags(this.random),
    };
  }

  /** The `index`-th hostile sample of each kind, so the first rows cover every sample once. */
  leadingHostile(index: number): Customer {
    const random = this.random;
    const tags = [HOSTILE_TAGS[index % HOSTILE_TAGS.length]!];
    if (random.chance(0.5)) tags.push(...pickTags(random).slice(0, 1));
    return {
      id: random.guid(),
      companyName: HOSTILE_NAMES[index]!,
      primaryDomain: index < HOSTILE_DOMAINS.length ? this.hostileDomain(index) : this.tenantDomain(),
      tags,
    };
  }

  randomHostile(): Customer {
    const random = this.random;
    const domain = random.chance(HOSTILE_DOMAIN_SHARE)
      ? this.hostileDomain(random.int(0, HOSTILE_DOMAINS.length - 1))
      : this.tenantDomain();
    return {
      id: random.guid(),
      companyName: random.pick(HOSTILE_NAMES),
      primaryDomain: domain,
      tags: [random.pick(HOSTILE_TAGS), ...pickTags(random).slice(0, 2)],
    };
  }

  private hostileDomain(index: number): string {
    return hostileDomain(HOSTILE_DOMAINS[index]!, ++this.hostileDomainUses[index]!);
  }

  /** A hostile name has no usable slug, so it gets a neutral tenant domain. */
  private tenantDomain(): string {
    return this.domains.claim(`tenant${this.random.int(1000, 9999)}`);
  }
}

/** `tags` must be the row's own array: tags belong to the customer, but rows must not alias each other. */
function row(customer: Customer, relationship: KnownRelationship, tags: string[], random: Random): CustomerRow {
  const result: CustomerRow = {
    id: customer.id,
    companyName: customer.companyName,
    primaryDomain: customer.primaryDomain,
    relationship,
    tags,
  };
  if (relationship === 'indirect-reseller') {
    const reseller = random.pick(INDIRECT_RESELLERS);
    result.indirectReseller = { id: reseller.id, name: reseller.name };
  }
  return result;
}

/**
 * The rows of a dataset, dealt out a chunk at a time from one seeded stream, so a large dataset can be built in
 * steps that each leave the page free to draw (the demo shows its first rows while the rest is generated).
 * The rows are the same however they are chunked: `generateCustomers` is one `take` of every row.
 */
export class CustomerStream {
  /** Rows dealt out so far. */
  dealt = 0;
  private readonly rows: number;
  private readonly hostile: boolean;
  private readonly random: Random;
  private readonly factory: CustomerFactory;
  private index = 0;

  constructor(options?: DatasetOptions) {
    const { rows, seed, hostile } = resolveOptions(options);
    this.rows = rows;
    this.hostile = hostile;
    this.random = new Random(seed);
    this.factory = new CustomerFactory(this.random);
  }

  get done(): boolean {
    return this.dealt >= this.rows;
  }

  /**
   * The next `count` rows or so (one more when a dual-role customer's second row falls past it; fewer at the
   * end). Chunks end between customers, so both rows of a dual-role customer come in the same chunk.
   */
  take(count: number): CustomerRow[] {
    const { random, factory, hostile, rows } = this;
    const result: CustomerRow[] = [];
    while (result.length < count && this.dealt < rows) {
      const index = this.index++;
      const leadingHostile = hostile && index < HOSTILE_NAMES.length;
      const customer = leadingHostile
        ? factory.leadingHostile(index)
        : hostile && random.chance(HOSTILE_SHARE)
          ? factory.randomHostile()
          : factory.ordinary();
      // Leading hostile customers take one row each, so even a handful of rows shows every sample.
      const dualRole = !leadingHostile && rows - this.dealt >= 2 && random.chance(DUAL_ROLE_SHARE);
      const { tags } = customer;
      if (!dualRole) {
        result.push(row(customer, RELATIONSHIPS.pick(random), tags, random));
      } else if (random.chance(0.5)) {
        result.push(row(customer, 'cloud-reseller', tags, random), row(customer, 'indirect-reseller', [...tags], random));
      } else {
        result.push(row(customer, 'indirect-reseller', tags, random), row(customer, 'cloud-reseller', [...tags], random));
      }
      this.dealt += dualRole ? 2 : 1;
    }
    return result;
  }
}

/** Exactly `rows` rows. Dual-role customers take two adjacent rows sharing id, name, domain and tags. */
export function generateCustomers(options?: DatasetOptions): CustomerRow[] {
  const stream = new CustomerStream(options);
  return stream.take(Infinity);
}
