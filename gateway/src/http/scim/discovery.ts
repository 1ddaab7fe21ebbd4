/** The discovery endpoints of RFC 7644 §4: what this server supports, for identity providers to read. */
import { CORE_GROUP, CORE_USER, DEFAULT_PAGE, ENTERPRISE_USER, LIST_RESPONSE, MAX_PAGE } from './protocol.js';

export function serviceProviderConfig(baseUrl: string): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    documentationUri: `${baseUrl.replace(/\/scim\/v2$/, '')}/graphiql`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    pagination: { cursor: false, index: true, defaultPageSize: DEFAULT_PAGE, maxPageSize: MAX_PAGE },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer credential',
        description:
          'A SCIM credential an org admin issues (issueScimCredential), sent as Authorization: Bearer.',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string): Array<Record<string, unknown>> {
  return [
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A person of the organisation.',
      schema: CORE_USER,
      schemaExtensions: [{ schema: ENTERPRISE_USER, required: false }],
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` },
    },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A group whose membership places people in an org unit or grants a role, per the mapping.',
      schema: CORE_GROUP,
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/Group` },
    },
  ];
}

type Attr = [name: string, type: string, extra?: Record<string, unknown>];

function attribute([name, type, extra = {}]: Attr): Record<string, unknown> {
  return {
    name,
    type,
    multiValued: false,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...extra,
  };
}

const sub = (list: Attr[]) => ({ subAttributes: list.map(attribute) });

export function schemas(baseUrl: string): Array<Record<string, unknown>> {
  const schema = (id: string, name: string, attributes: Attr[]) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
    id,
    name,
    attributes: attributes.map(attribute),
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${id}` },
  });
  return [
    schema(CORE_USER, 'User', [
      ['userName', 'string', { required: true, uniqueness: 'server' }],
      ['externalId', 'string', { caseExact: true }],
      [
        'name',
        'complex',
        sub([
          ['formatted', 'string'],
          ['givenName', 'string'],
          ['familyName', 'string'],
        ]),
      ],
      ['displayName', 'string'],
      [
        'emails',
        'complex',
        {
          multiValued: true,
          ...sub([
            ['value', 'string'],
            ['type', 'string'],
            ['primary', 'boolean'],
          ]),
        },
      ],
      ['active', 'boolean'],
      ['preferredLanguage', 'string'],
      ['locale', 'string'],
      ['timezone', 'string'],
      ['title', 'string'],
    ]),
    schema(ENTERPRISE_USER, 'EnterpriseUser', [
      ['employeeNumber', 'string'],
      ['organization', 'string'],
      ['division', 'string'],
      ['department', 'string'],
      [
        'manager',
        'complex',
        sub([
          ['value', 'string'],
          ['$ref', 'reference'],
          ['displayName', 'string', { mutability: 'readOnly' }],
        ]),
      ],
    ]),
    schema(CORE_GROUP, 'Group', [
      ['displayName', 'string', { required: true, uniqueness: 'server' }],
      ['externalId', 'string', { caseExact: true }],
      [
        'members',
        'complex',
        {
          multiValued: true,
          ...sub([
            ['value', 'string'],
            ['$ref', 'reference'],
            ['display', 'string'],
          ]),
        },
      ],
    ]),
  ];
}

export const listOf = (resources: Array<Record<string, unknown>>) => ({
  schemas: [LIST_RESPONSE],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});
