import type { ObjectType, SchemaFieldType } from '../contract';
import { COUNTRIES, DEAL_STAGES, INDUSTRIES, LEAD_SOURCES } from './sample-words';

/**
 * The entity schema the sandbox integration declared: what GET /v2/crm/entity-schema answers.
 * Every field the sample objects carry, beyond the four all objects have (objectId,
 * modifiedDate, isDeleted, url), is declared with a fitting type, except for these mismatches
 * planted for a schema checker to find. [n] is the sample index (SHOWCASE in sample-common.ts;
 * [17] is `schemaMismatches`); sample-schema.test.ts holds the data to this list.
 *
 * ACCOUNT  carried, not declared: billingAddress (an object), seatHistory [16] (numbers)
 *          declared, carried by none: parentAccountId; some lack it: customerTier__c (~20%)
 *          isDeleted: legacySegment__c (no data left, as Gong would do)
 *          industry "" [10] is not in its orderedValueList
 *          numberOfEmployees "250+" [17]: a NUMBER holding a string
 * CONTACT  carried, not declared: emailOptOut
 *          declared, carried by none: birthdate
 *          some lack it: linkedinUrl [11], notes (all but [7])
 *          isDeleted: fax (no data left)
 *          emailAddress "mateo.johansson.example.com" [17]: malformed (no @)
 * DEAL     carried, not declared: isClosed
 *          declared, carried by none: primaryContactId
 *          some lack it: competitors (~40%), amount [11]
 *          isDeleted: forecastCategory, yet every deal still carries it
 *          stage not in its orderedValueList: "提案" [2], "" [10], "verbal commit" [17]
 *          amount "7,000 USD" [17]: a CURRENCY holding a string
 *          closeDate "31/12/2025" [17]: a DATE that does not parse
 * LEAD     carried, not declared: address (an object)
 *          declared, carried by none: convertedDate; some lack it: title [11], website [11]
 *          isDeleted: legacyScore (no data left)
 *          emailAddress "zoe.silva@@apertureltd" [17]: malformed (two @)
 *          score "high" [17]: a NUMBER holding a string
 *
 * Also worth a checker's attention: ACCOUNT `type` is a PICKLIST with orderedValueList and
 * lastModified null, as in the spec's own example answer; nulls in declared fields at [9];
 * `javascript:` URLs in URL fields at [6]; numbers beyond 2^53 at [8].
 */
export interface DeclaredField {
  name: string;
  label: string;
  type: SchemaFieldType;
  lastModified: string | null;
  isDeleted: boolean;
  referenceTo: ObjectType | 'USER' | null;
  orderedValueList: readonly string[] | null;
}

const SET_UP = '2024-03-18T09:12:44Z';
const CHANGED = '2025-01-07T15:30:02Z';

const field = (
  name: string,
  label: string,
  type: SchemaFieldType,
  more: Partial<DeclaredField> = {},
): DeclaredField => ({
  name,
  label,
  type,
  lastModified: SET_UP,
  isDeleted: false,
  referenceTo: null,
  orderedValueList: null,
  ...more,
});
const picklist = (name: string, label: string, values: readonly string[]) =>
  field(name, label, 'PICKLIST', { orderedValueList: values });
const reference = (name: string, label: string, to: DeclaredField['referenceTo']) =>
  field(name, label, 'REFERENCE', { referenceTo: to });
const deleted = (name: string, label: string, type: SchemaFieldType) =>
  field(name, label, type, { isDeleted: true, lastModified: CHANGED });

const CURRENCIES = ['USD', 'EUR', 'GBP'];
const shared = [
  field('externalNumericId', 'External Numeric Id', 'NUMBER'),
  field('balanceCents', 'Balance (cents)', 'CURRENCY', { lastModified: CHANGED }),
];

export const SAMPLE_SCHEMA: Readonly<Record<ObjectType, readonly DeclaredField[]>> = {
  ACCOUNT: [
    field('name', 'Account Name', 'STRING'),
    field('domains', 'Domains', 'STRINGARRAY'),
    field('type', 'Account Type', 'PICKLIST', { lastModified: null }),
    picklist('industry', 'Industry', INDUSTRIES),
    field('numberOfEmployees', 'Employees', 'NUMBER'),
    field('annualRevenue', 'Annual Revenue', 'CURRENCY'),
    picklist('currencyIsoCode', 'Currency', CURRENCIES),
    field('accountNumber', 'Account Number', 'ID'),
    field('website', 'Website', 'URL'),
    field('phoneNumber', 'Phone', 'PHONENUMBER'),
    reference('ownerId', 'Account Owner', 'USER'),
    field('isPartner', 'Partner', 'BOOLEAN'),
    field('description', 'Description', 'STRING'),
    picklist('customerTier__c', 'Customer Tier', ['Gold', 'Silver', 'Bronze']),
    ...shared,
    field('discountRate', 'Discount Rate', 'PERCENT', { lastModified: CHANGED }),
    field('tags', 'Tags', 'STRINGARRAY', { lastModified: CHANGED }),
    reference('parentAccountId', 'Parent Account', 'ACCOUNT'),
    deleted('legacySegment__c', 'Legacy Segment', 'STRING'),
  ],
  CONTACT: [
    reference('accountId', 'Account', 'ACCOUNT'),
    field('emailAddress', 'Email', 'EMAILADDRESS'),
    field('firstName', 'First Name', 'STRING'),
    field('lastName', 'Last Name', 'STRING'),
    field('title', 'Title', 'STRING'),
    field('phoneNumber', 'Phone', 'PHONENUMBER'),
    field('linkedinUrl', 'LinkedIn', 'URL'),
    picklist('leadSource', 'Lead Source', LEAD_SOURCES),
    picklist('mailingCountry', 'Mailing Country', COUNTRIES),
    field('doNotCall', 'Do Not Call', 'BOOLEAN'),
    field('callCount', 'Calls', 'NUMBER'),
    field('notes', 'Notes', 'STRING'),
    ...shared,
    field('engagementScore', 'Engagement Score', 'PERCENT', { lastModified: CHANGED }),
    field('secondaryEmails', 'Secondary Emails', 'STRINGARRAY'),
    field('languages', 'Languages', 'STRINGARRAY'),
    field('birthdate', 'Birthdate', 'DATE'),
    deleted('fax', 'Fax', 'PHONENUMBER'),
  ],
  DEAL: [
    reference('accountId', 'Account', 'ACCOUNT'),
    reference('ownerId', 'Deal Owner', 'USER'),
    field('name', 'Deal Name', 'STRING'),
    field('createdDate', 'Created', 'DATETIME'),
    field('closeDate', 'Close Date', 'DATE'),
    picklist('status', 'Status', ['OPEN', 'WON', 'LOST']),
    picklist('stage', 'Stage', DEAL_STAGES),
    field('amount', 'Amount', 'CURRENCY'),
    picklist('currencyIsoCode', 'Currency', CURRENCIES),
    field('probability', 'Probability', 'PERCENT'),
    deleted('forecastCategory', 'Forecast Category', 'PICKLIST'),
    field('dealRoomUrl', 'Deal Room', 'URL'),
    field('nextStep', 'Next Step', 'STRING'),
    field('competitors', 'Competitors', 'STRINGARRAY'),
    ...shared,
    field('poNumber', 'PO Number', 'ID', { lastModified: CHANGED }),
    field('productLines', 'Product Lines', 'STRINGARRAY'),
    reference('primaryContactId', 'Primary Contact', 'CONTACT'),
  ],
  LEAD: [
    field('emailAddress', 'Email', 'EMAILADDRESS'),
    field('firstName', 'First Name', 'STRING'),
    field('lastName', 'Last Name', 'STRING'),
    field('title', 'Title', 'STRING'),
    field('phoneNumber', 'Phone', 'PHONENUMBER'),
    field('company', 'Company', 'STRING'),
    field('website', 'Website', 'URL'),
    picklist('status', 'Lead Status', [
      'Open',
      'Working',
      'Nurturing',
      'Converted',
      'Disqualified',
    ]),
    picklist('leadSource', 'Lead Source', LEAD_SOURCES),
    picklist('rating', 'Rating', ['Hot', 'Warm', 'Cold']),
    field('score', 'Score', 'NUMBER'),
    field('hasOptedOutOfEmail', 'Email Opt Out', 'BOOLEAN'),
    reference('convertedToDealId', 'Converted Deal', 'DEAL'),
    reference('convertedToContactId', 'Converted Contact', 'CONTACT'),
    reference('convertedToAccountId', 'Converted Account', 'ACCOUNT'),
    field('description', 'Description', 'STRING'),
    ...shared,
    field('estimatedBudget', 'Estimated Budget', 'CURRENCY', { lastModified: CHANGED }),
    field('interests', 'Interests', 'STRINGARRAY'),
    field('productsOfInterest', 'Products of Interest', 'STRINGARRAY'),
    field('convertedDate', 'Converted', 'DATETIME'),
    deleted('legacyScore', 'Legacy Score', 'NUMBER'),
  ],
};
