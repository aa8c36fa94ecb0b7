/**
 * The mock's sign-in: a bearer token names the agent's role, standing in for the claims a real token carries.
 * No Authorization header means the mock's default agent, so `fetch('/v1/customers')` from a console works.
 */
import type { AgentRole } from '../../src/adapter/customer-adapter.js';

export const MOCK_TOKENS: Readonly<Record<AgentRole, string>> = {
  'admin-agent': 'mock-admin-agent',
  'sales-agent': 'mock-sales-agent',
};

/** Who each mock token signs in as: the `userPrincipalName` of the activity records their changes add. */
export const MOCK_USERS: Readonly<Record<AgentRole, string>> = {
  'admin-agent': 'admin@partner.example',
  'sales-agent': 'sales@partner.example',
};

/** Headers a RestAdapter sends to be treated as this agent by the mock API. */
export function mockAuthHeaders(role: AgentRole): Record<string, string> {
  return { Authorization: `Bearer ${MOCK_TOKENS[role]}` };
}

/** The caller's role, or `undefined` for a token the mock does not know (answered 401). */
export function roleOfRequest(request: Request, defaultRole: AgentRole): AgentRole | undefined {
  const header = request.headers.get('Authorization');
  if (header === null) return defaultRole;
  const token = /^Bearer\s+(.+)$/i.exec(header.trim())?.[1];
  return (Object.keys(MOCK_TOKENS) as AgentRole[]).find((role) => MOCK_TOKENS[role] === token);
}
