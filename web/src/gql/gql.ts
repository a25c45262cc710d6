/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      networkRoles\n      isPresidency\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AnalyticsPage($termYear: Int!, $year: Int!) {\n    analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }\n      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }\n    }\n  }\n": typeof types.AnalyticsPageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name localName country countryName status memberSince isFoundingMember } }\n    }\n  }\n": typeof types.CitiesDocument,
    "\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id title summary visibility city { id name } } }\n    }\n  }\n": typeof types.PracticesDocument,
    "\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status\n        city { id name }\n        body { text locale translations { locale machine } }\n        adoptions { id status city { id name } }\n      }\n    }\n  }\n": typeof types.PracticeDocument,
    "\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": typeof types.AdoptPracticeDocument,
    "\n  query CityPractices($cityIds: [ID!]) {\n    practices(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version body { text locale } } }\n    }\n  }\n": typeof types.CityPracticesDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { practice { id } userErrors { code field message } }\n  }\n": typeof types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { practice { id version } userErrors { code field message } }\n  }\n": typeof types.UpdatePracticeDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) { practice { id status } userErrors { code field message } }\n  }\n": typeof types.PublishPracticeDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      networkRoles\n      isPresidency\n    }\n  }\n": types.ViewerDocument,
    "\n  query AnalyticsPage($termYear: Int!, $year: Int!) {\n    analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }\n      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }\n    }\n  }\n": types.AnalyticsPageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token userErrors { code field message } }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n": types.ChangePasswordDocument,
    "\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name localName country countryName status memberSince isFoundingMember } }\n    }\n  }\n": types.CitiesDocument,
    "\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id title summary visibility city { id name } } }\n    }\n  }\n": types.PracticesDocument,
    "\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status\n        city { id name }\n        body { text locale translations { locale machine } }\n        adoptions { id status city { id name } }\n      }\n    }\n  }\n": types.PracticeDocument,
    "\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": types.AdoptPracticeDocument,
    "\n  query CityPractices($cityIds: [ID!]) {\n    practices(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version body { text locale } } }\n    }\n  }\n": types.CityPracticesDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { practice { id } userErrors { code field message } }\n  }\n": types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { practice { id version } userErrors { code field message } }\n  }\n": types.UpdatePracticeDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) { practice { id status } userErrors { code field message } }\n  }\n": types.PublishPracticeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      networkRoles\n      isPresidency\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      networkRoles\n      isPresidency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsPage($termYear: Int!, $year: Int!) {\n    analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }\n      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsPage($termYear: Int!, $year: Int!) {\n    analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }\n      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name localName country countryName status memberSince isFoundingMember } }\n    }\n  }\n"): (typeof documents)["\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name localName country countryName status memberSince isFoundingMember } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id title summary visibility city { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id title summary visibility city { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status\n        city { id name }\n        body { text locale translations { locale machine } }\n        adoptions { id status city { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status\n        city { id name }\n        body { text locale translations { locale machine } }\n        adoptions { id status city { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityPractices($cityIds: [ID!]) {\n    practices(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version body { text locale } } }\n    }\n  }\n"): (typeof documents)["\n  query CityPractices($cityIds: [ID!]) {\n    practices(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version body { text locale } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { practice { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { practice { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { practice { id version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { practice { id version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) { practice { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) { practice { id status } userErrors { code field message } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;