/** What each catalog sells: titles, SKUs, quantity limits, billing cycles and terms. IDs are added later. */
import type { BillingCycle, Catalog, Sku, TermDuration } from '../../src/model/catalog.js';

/** A SKU before the generator gives it IDs. */
export type SkuTemplate = Omit<Sku, 'id' | 'catalogItemId'>;

export interface ProductTemplate {
  title: string;
  description: string;
  skus: SkuTemplate[];
}

function sku(
  title: string,
  [minimumQuantity, maximumQuantity]: readonly [number, number],
  billingCycles: BillingCycle[],
  termDurations: TermDuration[],
): SkuTemplate {
  return { title, minimumQuantity, maximumQuantity, billingCycles, termDurations };
}

// Typical limits: business plans cap at 300 seats, enterprise plans at 10 000, team plans start at 5.
const BUSINESS: readonly [number, number] = [1, 300];
const ENTERPRISE: readonly [number, number] = [1, 10000];
const TEAM: readonly [number, number] = [5, 500];
const SINGLE: readonly [number, number] = [1, 1];

/** New-commerce licence-based subscriptions: monthly, annual or three-year terms. */
function subscription(title: string, limits: readonly [number, number]): SkuTemplate {
  return sku(title, limits, ['monthly', 'annual'], ['P1M', 'P1Y', 'P3Y']);
}

/** Azure reservations: one or three years, paid up front or monthly. */
function reservation(title: string): SkuTemplate {
  return sku(title, [1, 1000], ['one-time', 'monthly'], ['P1Y', 'P3Y']);
}

/** Perpetual software is bought once; `P1Y`/`P3Y` is the term of the purchase offer. */
function software(title: string, limits: readonly [number, number], terms: TermDuration[] = ['P1Y']): SkuTemplate {
  return sku(title, limits, ['one-time'], terms);
}

function saasPlans(perUser: boolean): SkuTemplate[] {
  const plans = [
    sku('Starter', perUser ? BUSINESS : SINGLE, ['monthly', 'annual'], ['P1M', 'P1Y']),
    sku('Professional', perUser ? ENTERPRISE : SINGLE, ['monthly', 'annual'], ['P1M', 'P1Y']),
  ];
  if (perUser) plans.push(sku('Team', TEAM, ['annual'], ['P1Y']));
  return plans;
}

export const PRODUCT_CATALOG: Readonly<Record<Catalog, readonly ProductTemplate[]>> = {
  azure: [
    {
      title: 'Azure plan',
      description: 'Pay-as-you-go access to all Azure services, billed monthly by consumption.',
      skus: [sku('Azure plan', SINGLE, ['monthly'], ['P1M'])],
    },
    {
      title: 'Azure Reserved VM Instances',
      description: 'Reserved virtual machine capacity for one or three years at a discount.',
      skus: [
        reservation('Standard_D2s_v5, East US'),
        reservation('Standard_D4s_v5, West Europe'),
        reservation('Standard_E8s_v5, North Europe'),
        reservation('Standard_B2ms, Poland Central'),
      ],
    },
    {
      title: 'Azure SQL Database Reserved Capacity',
      description: 'Reserved vCores for Azure SQL Database and SQL Managed Instance.',
      skus: [reservation('General Purpose, Gen5, 1 vCore'), reservation('Business Critical, Gen5, 1 vCore')],
    },
    {
      title: 'Azure Cosmos DB Reserved Capacity',
      description: 'Reserved throughput for Azure Cosmos DB.',
      skus: [reservation('100 RU/s, single region'), reservation('100 RU/s, multi-region write')],
    },
    {
      title: 'Azure savings plan for compute',
      description: 'An hourly spend commitment on compute services for one or three years.',
      skus: [sku('Hourly commitment (USD 1)', [1, 10000], ['monthly', 'one-time'], ['P1Y', 'P3Y'])],
    },
    {
      title: 'Azure App Service Reserved Instances',
      description: 'Reserved Premium v3 and Isolated v2 App Service plans.',
      skus: [reservation('Premium v3, P1v3'), reservation('Isolated v2, I1v2')],
    },
    {
      title: 'Azure Storage Reserved Capacity',
      description: 'Reserved Blob Storage and Data Lake Storage capacity.',
      skus: [reservation('Blob Storage, Hot, LRS, 100 TB'), reservation('Blob Storage, Cool, ZRS, 1 PB')],
    },
  ],
  marketplace: [
    {
      title: 'Contoso CRM Cloud',
      description: 'Customer relationship management for small teams.',
      skus: saasPlans(true),
    },
    {
      title: 'Fabrikam Backup for Microsoft 365',
      description: 'Backup and restore of mail, OneDrive and SharePoint.',
      skus: saasPlans(true),
    },
    {
      title: 'Adatum Secure Mail Gateway',
      description: 'Filtering, encryption and archiving for email.',
      skus: saasPlans(true),
    },
    {
      title: 'Tailspin Project Tracker',
      description: 'Boards, timelines and reports for projects.',
      skus: saasPlans(true),
    },
    {
      title: 'Litware Analytics',
      description: 'Dashboards over your business data, no code required.',
      skus: saasPlans(false),
    },
    {
      title: 'Proseware eSign',
      description: 'Legally binding electronic signatures.',
      skus: saasPlans(true),
    },
    {
      title: 'Woodgrove HR Suite',
      description: 'Payroll, leave and onboarding in one place.',
      skus: saasPlans(true),
    },
    {
      title: 'Northwind Field Service',
      description: 'Scheduling and dispatch for field technicians.',
      skus: saasPlans(false),
    },
  ],
  software: [
    {
      title: 'Windows Server 2025 Standard',
      description: 'Core-based licence for physical or minimally virtualized environments.',
      skus: [software('16 Core License Pack', [1, 300]), software('2 Core License Pack', [8, 1000])],
    },
    {
      title: 'Windows Server 2025 Datacenter',
      description: 'Core-based licence for highly virtualized datacenters.',
      skus: [software('16 Core License Pack', [1, 300]), software('2 Core License Pack', [8, 1000])],
    },
    {
      title: 'Windows Server 2025 CAL',
      description: 'Client access licences for Windows Server.',
      skus: [software('User CAL', [1, 10000]), software('Device CAL', [1, 10000])],
    },
    {
      title: 'Windows Server 2025 Remote Desktop Services',
      description: 'Client access licences for Remote Desktop Services.',
      skus: [software('User CAL', [1, 10000]), software('Device CAL', [1, 10000])],
    },
    {
      title: 'SQL Server 2022 Standard',
      description: 'Database engine for departmental and small-business workloads.',
      skus: [
        software('2 Core License Pack', [2, 500], ['P1Y', 'P3Y']),
        software('Server', [1, 100]),
        software('CAL', [1, 10000]),
      ],
    },
    {
      title: 'SQL Server 2022 Enterprise',
      description: 'Mission-critical database engine with unlimited virtualization.',
      skus: [software('2 Core License Pack', [2, 500], ['P1Y', 'P3Y'])],
    },
    {
      title: 'Office LTSC Professional Plus 2024',
      description: 'Perpetual desktop Office apps for regulated environments.',
      skus: [software('Office LTSC Professional Plus 2024', [1, 500])],
    },
    {
      title: 'Visio LTSC Professional 2024',
      description: 'Perpetual diagramming app.',
      skus: [software('Visio LTSC Professional 2024', [1, 500])],
    },
    {
      title: 'Exchange Server Subscription Edition',
      description: 'On-premises Exchange Server with subscription updates.',
      skus: [software('Standard', [1, 100], ['P3Y']), software('Enterprise', [1, 100], ['P3Y'])],
    },
  ],
  'online-services': [
    {
      title: 'Microsoft 365 Business Basic',
      description: 'Web and mobile Office apps, Teams, email and 1 TB of cloud storage.',
      skus: [
        subscription('Microsoft 365 Business Basic', BUSINESS),
        subscription('Microsoft 365 Business Basic (no Teams)', BUSINESS),
      ],
    },
    {
      title: 'Microsoft 365 Business Standard',
      description: 'Everything in Business Basic plus desktop Office apps.',
      skus: [
        subscription('Microsoft 365 Business Standard', BUSINESS),
        subscription('Microsoft 365 Business Standard (no Teams)', BUSINESS),
      ],
    },
    {
      title: 'Microsoft 365 Business Premium',
      description: 'Everything in Business Standard plus advanced security and device management.',
      skus: [subscription('Microsoft 365 Business Premium', BUSINESS)],
    },
    {
      title: 'Microsoft 365 E3',
      description: 'Enterprise productivity, security and compliance.',
      skus: [subscription('Microsoft 365 E3', ENTERPRISE), subscription('Microsoft 365 E3 (no Teams)', ENTERPRISE)],
    },
    {
      title: 'Microsoft 365 E5',
      description: 'Microsoft 365 E3 plus advanced security, analytics and voice.',
      skus: [subscription('Microsoft 365 E5', ENTERPRISE), subscription('Microsoft 365 E5 (no Teams)', ENTERPRISE)],
    },
    {
      title: 'Microsoft 365 F3',
      description: 'Productivity for frontline workers.',
      skus: [subscription('Microsoft 365 F3', ENTERPRISE)],
    },
    {
      title: 'Office 365 E1',
      description: 'Web versions of Office apps with email, file storage and Teams.',
      skus: [subscription('Office 365 E1', ENTERPRISE), subscription('Office 365 E1 (no Teams)', ENTERPRISE)],
    },
    {
      title: 'Office 365 E3',
      description: 'Office apps with enterprise email, storage and compliance.',
      skus: [subscription('Office 365 E3', ENTERPRISE), subscription('Office 365 E3 (no Teams)', ENTERPRISE)],
    },
    {
      title: 'Exchange Online (Plan 1)',
      description: 'Business email with a 50 GB mailbox.',
      skus: [subscription('Exchange Online (Plan 1)', ENTERPRISE)],
    },
    {
      title: 'Exchange Online (Plan 2)',
      description: 'Business email with a 100 GB mailbox, archiving and voicemail.',
      skus: [subscription('Exchange Online (Plan 2)', ENTERPRISE)],
    },
    {
      title: 'Microsoft Teams Essentials',
      description: 'Meetings, chat and file sharing for small businesses.',
      skus: [subscription('Microsoft Teams Essentials', BUSINESS)],
    },
    {
      title: 'Microsoft Teams Premium',
      description: 'Intelligent recaps, advanced webinars and meeting protection.',
      skus: [subscription('Microsoft Teams Premium', ENTERPRISE)],
    },
    {
      title: 'Microsoft 365 Copilot',
      description: 'AI assistance across Microsoft 365 apps.',
      skus: [subscription('Microsoft 365 Copilot', ENTERPRISE)],
    },
    {
      title: 'Microsoft Entra ID P1',
      description: 'Identity and access management with conditional access.',
      skus: [subscription('Microsoft Entra ID P1', ENTERPRISE)],
    },
    {
      title: 'Power BI Pro',
      description: 'Self-service analytics and sharing.',
      skus: [subscription('Power BI Pro', ENTERPRISE), subscription('Power BI Pro for faculty', TEAM)],
    },
  ],
};
