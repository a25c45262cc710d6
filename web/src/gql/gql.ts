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
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) { ok }\n  }\n": typeof types.LogoutDocument,
    "\n  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }\n": typeof types.PracticeCard_PracticeFragmentDoc,
    "\n  query AnalyticsPage($termYear: Int!, $year: Int!) {\n    analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }\n      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }\n    }\n  }\n": typeof types.AnalyticsPageDocument,
    "\n  query AnnualReportPage($year: Int!) {\n    annualReport(year: $year) {\n      year finalizedAt markdownUrl practicesShared\n      presidency { city { ...CityLink_city } }\n      newMembers { city { ...CityLink_city } memberSince }\n      proposals { submitted accepted declined withdrawn underReview }\n      implementations { byStatus { status count } }\n      workingGroups { group { name { text } } meetingsHeld meetingsDue }\n    }\n  }\n": typeof types.AnnualReportPageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { ok userErrors { code field message } }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token viewer { user { id } } userErrors { code field message } }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...CityLink_city localName country status memberSince isFoundingMember } }\n    }\n  }\n": typeof types.CitiesDocument,
    "\n  query CityPage($slug: String!) {\n    city(slug: $slug) {\n      id slug name localName country status memberSince joinRoute isFoundingMember population mayorName website\n      workingGroups { id slug kind status name { text } }\n      presidencyTerms { id year status }\n      practices(first: 50) { totalCount edges { node { id ...PracticeCard_practice } } }\n    }\n  }\n": typeof types.CityPageDocument,
    "\n  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {\n    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {\n      edges { node { id cityName country contactName motivation submittedAt } }\n    }\n    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {\n      edges { node { id title status city { ...CityLink_city } body { text } recommendation { id } } }\n    }\n    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status } } } }\n    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }\n  }\n": typeof types.DeskDocument,
    "\n  mutation ReviewApplication($input: ReviewMembershipApplicationInput!) {\n    reviewMembershipApplication(input: $input) { invitationToken userErrors { code field message } }\n  }\n": typeof types.ReviewApplicationDocument,
    "\n  mutation ReviewProposal($input: ReviewProposalInput!) { reviewProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": typeof types.ReviewProposalDocument,
    "\n  mutation AdoptRecommendation($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { recommendation { id } userErrors { code field message } } }\n": typeof types.AdoptRecommendationDocument,
    "\n  mutation OpenElection($input: OpenPresidencyElectionInput!) { openPresidencyElection(input: $input) { election { id } userErrors { code field message } } }\n": typeof types.OpenElectionDocument,
    "\n  mutation CloseElection($input: ClosePresidencyElectionInput!) { closePresidencyElection(input: $input) { election { id status } userErrors { code field message } } }\n": typeof types.CloseElectionDocument,
    "\n  mutation ApproveGroup($input: ApproveWorkingGroupInput!) { approveWorkingGroup(input: $input) { workingGroup { id status } userErrors { code field message } } }\n": typeof types.ApproveGroupDocument,
    "\n  query CityImplementations($cityIds: [ID!]) {\n    implementations(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id status progress version visibility recommendation { title } sourcePractice { title }\n        updates(first: 10) { edges { node { id at status progress note } } } } }\n    }\n  }\n": typeof types.CityImplementationsDocument,
    "\n  mutation UpdateImplementation($input: UpdateImplementationInput!) {\n    updateImplementation(input: $input) { implementation { id version } userErrors { code field message } }\n  }\n": typeof types.UpdateImplementationDocument,
    "\n  query OutgoingMail($statuses: [MailStatus!]) {\n    outgoingMails(first: 50, filter: { statuses: $statuses }) {\n      totalCount\n      edges { node { id to kind status subject attempts lastAnswer createdAt sentAt deliveryAttempts { at ok answer } } }\n    }\n  }\n": typeof types.OutgoingMailDocument,
    "\n  mutation RetryMail($input: RetryMailInput!) { retryMail(input: $input) { mail { id status } userErrors { code field message } } }\n": typeof types.RetryMailDocument,
    "\n  query NetworkPage {\n    summits(first: 20) {\n      edges { node { id year title motto startsOn endsOn venue hostCity { ...CityLink_city } delegations { id city { id ...CityLink_city } }\n        election { id termYear status round winner { name } } } }\n    }\n    presidencyTerms(first: 20) { edges { node { id year status city { ...CityLink_city } } } }\n    workingGroups(first: 50) {\n      edges { node { id slug status kind name { text } members { city { id ...CityLink_city } } nextRegularMeetingDue isMeetingOverdue\n        meetings(first: 3) { edges { node { id kind startsAt } } } } }\n    }\n  }\n": typeof types.NetworkPageDocument,
    "\n  query Election($id: ID!) {\n    presidencyElection(id: $id) { id termYear status round votesCast eligibleVoters candidates { city { id ...CityLink_city } votes } winner { name } }\n  }\n": typeof types.ElectionDocument,
    "\n  mutation DeclareCandidacy($input: DeclareCandidacyInput!) { declareCandidacy(input: $input) { userErrors { code field message } } }\n": typeof types.DeclareCandidacyDocument,
    "\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { userErrors { code field message } } }\n": typeof types.CastVoteDocument,
    "\n  query NotificationPreferences { viewer { timeZone notificationPreferences { kind delivery } } }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind delivery } userErrors { code field message } }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetTimeZone($input: SetTimeZoneInput!) { setTimeZone(input: $input) { viewer { timeZone } userErrors { code field message } } }\n": typeof types.SetTimeZoneDocument,
    "\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id ...PracticeCard_practice } }\n    }\n  }\n": typeof types.PracticesDocument,
    "\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status publishedAt\n        city { id ...CityLink_city }\n        body { text locale translations { locale machine } }\n        adoptions { id status progress city { id ...CityLink_city } }\n      }\n    }\n  }\n": typeof types.PracticeDocument,
    "\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": typeof types.AdoptPracticeDocument,
    "\n  query CityProposals($cityIds: [ID!]) {\n    proposals(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version decisionNote recommendation { id title } } }\n    }\n  }\n": typeof types.CityProposalsDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { proposal { id } userErrors { code field message } }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) { proposal { id version } userErrors { code field message } }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": typeof types.WithdrawProposalDocument,
    "\n  query Recommendations {\n    recommendations(first: 20) {\n      edges { node { id title adoptedOn body { text }\n        adoption { committed inProgress completed notPursued }\n        implementations(first: 50) { edges { node { id status progress city { id ...CityLink_city } } } } } }\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  mutation CommitToRecommendation($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": typeof types.CommitToRecommendationDocument,
    "\n  query CityPractices($cityIds: [ID!]) {\n    practices(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version body { text locale } } }\n    }\n  }\n": typeof types.CityPracticesDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { practice { id } userErrors { code field message } }\n  }\n": typeof types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { practice { id version } userErrors { code field message } }\n  }\n": typeof types.UpdatePracticeDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) { practice { id status } userErrors { code field message } }\n  }\n": typeof types.PublishPracticeDocument,
    "\n  fragment CityLink_city on City { slug name }\n": typeof types.CityLink_CityFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups manageMail editCityIds adminCityIds }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) { ok }\n  }\n": types.LogoutDocument,
    "\n  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }\n": types.PracticeCard_PracticeFragmentDoc,
    "\n  query AnalyticsPage($termYear: Int!, $year: Int!) {\n    analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }\n      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }\n    }\n  }\n": types.AnalyticsPageDocument,
    "\n  query AnnualReportPage($year: Int!) {\n    annualReport(year: $year) {\n      year finalizedAt markdownUrl practicesShared\n      presidency { city { ...CityLink_city } }\n      newMembers { city { ...CityLink_city } memberSince }\n      proposals { submitted accepted declined withdrawn underReview }\n      implementations { byStatus { status count } }\n      workingGroups { group { name { text } } meetingsHeld meetingsDue }\n    }\n  }\n": types.AnnualReportPageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": types.LoginDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { ok userErrors { code field message } }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token userErrors { code field message } }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token viewer { user { id } } userErrors { code field message } }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n": types.ChangePasswordDocument,
    "\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...CityLink_city localName country status memberSince isFoundingMember } }\n    }\n  }\n": types.CitiesDocument,
    "\n  query CityPage($slug: String!) {\n    city(slug: $slug) {\n      id slug name localName country status memberSince joinRoute isFoundingMember population mayorName website\n      workingGroups { id slug kind status name { text } }\n      presidencyTerms { id year status }\n      practices(first: 50) { totalCount edges { node { id ...PracticeCard_practice } } }\n    }\n  }\n": types.CityPageDocument,
    "\n  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {\n    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {\n      edges { node { id cityName country contactName motivation submittedAt } }\n    }\n    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {\n      edges { node { id title status city { ...CityLink_city } body { text } recommendation { id } } }\n    }\n    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status } } } }\n    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }\n  }\n": types.DeskDocument,
    "\n  mutation ReviewApplication($input: ReviewMembershipApplicationInput!) {\n    reviewMembershipApplication(input: $input) { invitationToken userErrors { code field message } }\n  }\n": types.ReviewApplicationDocument,
    "\n  mutation ReviewProposal($input: ReviewProposalInput!) { reviewProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": types.ReviewProposalDocument,
    "\n  mutation AdoptRecommendation($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { recommendation { id } userErrors { code field message } } }\n": types.AdoptRecommendationDocument,
    "\n  mutation OpenElection($input: OpenPresidencyElectionInput!) { openPresidencyElection(input: $input) { election { id } userErrors { code field message } } }\n": types.OpenElectionDocument,
    "\n  mutation CloseElection($input: ClosePresidencyElectionInput!) { closePresidencyElection(input: $input) { election { id status } userErrors { code field message } } }\n": types.CloseElectionDocument,
    "\n  mutation ApproveGroup($input: ApproveWorkingGroupInput!) { approveWorkingGroup(input: $input) { workingGroup { id status } userErrors { code field message } } }\n": types.ApproveGroupDocument,
    "\n  query CityImplementations($cityIds: [ID!]) {\n    implementations(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id status progress version visibility recommendation { title } sourcePractice { title }\n        updates(first: 10) { edges { node { id at status progress note } } } } }\n    }\n  }\n": types.CityImplementationsDocument,
    "\n  mutation UpdateImplementation($input: UpdateImplementationInput!) {\n    updateImplementation(input: $input) { implementation { id version } userErrors { code field message } }\n  }\n": types.UpdateImplementationDocument,
    "\n  query OutgoingMail($statuses: [MailStatus!]) {\n    outgoingMails(first: 50, filter: { statuses: $statuses }) {\n      totalCount\n      edges { node { id to kind status subject attempts lastAnswer createdAt sentAt deliveryAttempts { at ok answer } } }\n    }\n  }\n": types.OutgoingMailDocument,
    "\n  mutation RetryMail($input: RetryMailInput!) { retryMail(input: $input) { mail { id status } userErrors { code field message } } }\n": types.RetryMailDocument,
    "\n  query NetworkPage {\n    summits(first: 20) {\n      edges { node { id year title motto startsOn endsOn venue hostCity { ...CityLink_city } delegations { id city { id ...CityLink_city } }\n        election { id termYear status round winner { name } } } }\n    }\n    presidencyTerms(first: 20) { edges { node { id year status city { ...CityLink_city } } } }\n    workingGroups(first: 50) {\n      edges { node { id slug status kind name { text } members { city { id ...CityLink_city } } nextRegularMeetingDue isMeetingOverdue\n        meetings(first: 3) { edges { node { id kind startsAt } } } } }\n    }\n  }\n": types.NetworkPageDocument,
    "\n  query Election($id: ID!) {\n    presidencyElection(id: $id) { id termYear status round votesCast eligibleVoters candidates { city { id ...CityLink_city } votes } winner { name } }\n  }\n": types.ElectionDocument,
    "\n  mutation DeclareCandidacy($input: DeclareCandidacyInput!) { declareCandidacy(input: $input) { userErrors { code field message } } }\n": types.DeclareCandidacyDocument,
    "\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { userErrors { code field message } } }\n": types.CastVoteDocument,
    "\n  query NotificationPreferences { viewer { timeZone notificationPreferences { kind delivery } } }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind delivery } userErrors { code field message } }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetTimeZone($input: SetTimeZoneInput!) { setTimeZone(input: $input) { viewer { timeZone } userErrors { code field message } } }\n": types.SetTimeZoneDocument,
    "\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id ...PracticeCard_practice } }\n    }\n  }\n": types.PracticesDocument,
    "\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status publishedAt\n        city { id ...CityLink_city }\n        body { text locale translations { locale machine } }\n        adoptions { id status progress city { id ...CityLink_city } }\n      }\n    }\n  }\n": types.PracticeDocument,
    "\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": types.AdoptPracticeDocument,
    "\n  query CityProposals($cityIds: [ID!]) {\n    proposals(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version decisionNote recommendation { id title } } }\n    }\n  }\n": types.CityProposalsDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { proposal { id } userErrors { code field message } }\n  }\n": types.CreateProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) { proposal { id version } userErrors { code field message } }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": types.WithdrawProposalDocument,
    "\n  query Recommendations {\n    recommendations(first: 20) {\n      edges { node { id title adoptedOn body { text }\n        adoption { committed inProgress completed notPursued }\n        implementations(first: 50) { edges { node { id status progress city { id ...CityLink_city } } } } } }\n    }\n  }\n": types.RecommendationsDocument,
    "\n  mutation CommitToRecommendation($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": types.CommitToRecommendationDocument,
    "\n  query CityPractices($cityIds: [ID!]) {\n    practices(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version body { text locale } } }\n    }\n  }\n": types.CityPracticesDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { practice { id } userErrors { code field message } }\n  }\n": types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { practice { id version } userErrors { code field message } }\n  }\n": types.UpdatePracticeDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) { practice { id status } userErrors { code field message } }\n  }\n": types.PublishPracticeDocument,
    "\n  fragment CityLink_city on City { slug name }\n": types.CityLink_CityFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups manageMail editCityIds adminCityIds }\n    }\n  }\n": types.ViewerDocument,
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
export function graphql(source: "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) { ok }\n  }\n"): (typeof documents)["\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) { ok }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }\n"): (typeof documents)["\n  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsPage($termYear: Int!, $year: Int!) {\n    analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }\n      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsPage($termYear: Int!, $year: Int!) {\n    analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 10) { recommendation { id title } cityIds statuses progresses }\n      indicatorProgress(termYear: $termYear) { indicator { id name unit } progress { latest percent onTrack target { baseline target } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportPage($year: Int!) {\n    annualReport(year: $year) {\n      year finalizedAt markdownUrl practicesShared\n      presidency { city { ...CityLink_city } }\n      newMembers { city { ...CityLink_city } memberSince }\n      proposals { submitted accepted declined withdrawn underReview }\n      implementations { byStatus { status count } }\n      workingGroups { group { name { text } } meetingsHeld meetingsDue }\n    }\n  }\n"): (typeof documents)["\n  query AnnualReportPage($year: Int!) {\n    annualReport(year: $year) {\n      year finalizedAt markdownUrl practicesShared\n      presidency { city { ...CityLink_city } }\n      newMembers { city { ...CityLink_city } memberSince }\n      proposals { submitted accepted declined withdrawn underReview }\n      implementations { byStatus { status count } }\n      workingGroups { group { name { text } } meetingsHeld meetingsDue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { ok userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { ok userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token viewer { user { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token viewer { user { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...CityLink_city localName country status memberSince isFoundingMember } }\n    }\n  }\n"): (typeof documents)["\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...CityLink_city localName country status memberSince isFoundingMember } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityPage($slug: String!) {\n    city(slug: $slug) {\n      id slug name localName country status memberSince joinRoute isFoundingMember population mayorName website\n      workingGroups { id slug kind status name { text } }\n      presidencyTerms { id year status }\n      practices(first: 50) { totalCount edges { node { id ...PracticeCard_practice } } }\n    }\n  }\n"): (typeof documents)["\n  query CityPage($slug: String!) {\n    city(slug: $slug) {\n      id slug name localName country status memberSince joinRoute isFoundingMember population mayorName website\n      workingGroups { id slug kind status name { text } }\n      presidencyTerms { id year status }\n      practices(first: 50) { totalCount edges { node { id ...PracticeCard_practice } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {\n    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {\n      edges { node { id cityName country contactName motivation submittedAt } }\n    }\n    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {\n      edges { node { id title status city { ...CityLink_city } body { text } recommendation { id } } }\n    }\n    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status } } } }\n    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }\n  }\n"): (typeof documents)["\n  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {\n    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {\n      edges { node { id cityName country contactName motivation submittedAt } }\n    }\n    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {\n      edges { node { id title status city { ...CityLink_city } body { text } recommendation { id } } }\n    }\n    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status } } } }\n    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewApplication($input: ReviewMembershipApplicationInput!) {\n    reviewMembershipApplication(input: $input) { invitationToken userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ReviewApplication($input: ReviewMembershipApplicationInput!) {\n    reviewMembershipApplication(input: $input) { invitationToken userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewProposal($input: ReviewProposalInput!) { reviewProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation ReviewProposal($input: ReviewProposalInput!) { reviewProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptRecommendation($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { recommendation { id } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AdoptRecommendation($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { recommendation { id } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenElection($input: OpenPresidencyElectionInput!) { openPresidencyElection(input: $input) { election { id } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation OpenElection($input: OpenPresidencyElectionInput!) { openPresidencyElection(input: $input) { election { id } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseElection($input: ClosePresidencyElectionInput!) { closePresidencyElection(input: $input) { election { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CloseElection($input: ClosePresidencyElectionInput!) { closePresidencyElection(input: $input) { election { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveGroup($input: ApproveWorkingGroupInput!) { approveWorkingGroup(input: $input) { workingGroup { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation ApproveGroup($input: ApproveWorkingGroupInput!) { approveWorkingGroup(input: $input) { workingGroup { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityImplementations($cityIds: [ID!]) {\n    implementations(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id status progress version visibility recommendation { title } sourcePractice { title }\n        updates(first: 10) { edges { node { id at status progress note } } } } }\n    }\n  }\n"): (typeof documents)["\n  query CityImplementations($cityIds: [ID!]) {\n    implementations(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id status progress version visibility recommendation { title } sourcePractice { title }\n        updates(first: 10) { edges { node { id at status progress note } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateImplementation($input: UpdateImplementationInput!) {\n    updateImplementation(input: $input) { implementation { id version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation UpdateImplementation($input: UpdateImplementationInput!) {\n    updateImplementation(input: $input) { implementation { id version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutgoingMail($statuses: [MailStatus!]) {\n    outgoingMails(first: 50, filter: { statuses: $statuses }) {\n      totalCount\n      edges { node { id to kind status subject attempts lastAnswer createdAt sentAt deliveryAttempts { at ok answer } } }\n    }\n  }\n"): (typeof documents)["\n  query OutgoingMail($statuses: [MailStatus!]) {\n    outgoingMails(first: 50, filter: { statuses: $statuses }) {\n      totalCount\n      edges { node { id to kind status subject attempts lastAnswer createdAt sentAt deliveryAttempts { at ok answer } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryMail($input: RetryMailInput!) { retryMail(input: $input) { mail { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation RetryMail($input: RetryMailInput!) { retryMail(input: $input) { mail { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPage {\n    summits(first: 20) {\n      edges { node { id year title motto startsOn endsOn venue hostCity { ...CityLink_city } delegations { id city { id ...CityLink_city } }\n        election { id termYear status round winner { name } } } }\n    }\n    presidencyTerms(first: 20) { edges { node { id year status city { ...CityLink_city } } } }\n    workingGroups(first: 50) {\n      edges { node { id slug status kind name { text } members { city { id ...CityLink_city } } nextRegularMeetingDue isMeetingOverdue\n        meetings(first: 3) { edges { node { id kind startsAt } } } } }\n    }\n  }\n"): (typeof documents)["\n  query NetworkPage {\n    summits(first: 20) {\n      edges { node { id year title motto startsOn endsOn venue hostCity { ...CityLink_city } delegations { id city { id ...CityLink_city } }\n        election { id termYear status round winner { name } } } }\n    }\n    presidencyTerms(first: 20) { edges { node { id year status city { ...CityLink_city } } } }\n    workingGroups(first: 50) {\n      edges { node { id slug status kind name { text } members { city { id ...CityLink_city } } nextRegularMeetingDue isMeetingOverdue\n        meetings(first: 3) { edges { node { id kind startsAt } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Election($id: ID!) {\n    presidencyElection(id: $id) { id termYear status round votesCast eligibleVoters candidates { city { id ...CityLink_city } votes } winner { name } }\n  }\n"): (typeof documents)["\n  query Election($id: ID!) {\n    presidencyElection(id: $id) { id termYear status round votesCast eligibleVoters candidates { city { id ...CityLink_city } votes } winner { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareCandidacy($input: DeclareCandidacyInput!) { declareCandidacy(input: $input) { userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DeclareCandidacy($input: DeclareCandidacyInput!) { declareCandidacy(input: $input) { userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences { viewer { timeZone notificationPreferences { kind delivery } } }\n"): (typeof documents)["\n  query NotificationPreferences { viewer { timeZone notificationPreferences { kind delivery } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind delivery } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind delivery } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTimeZone($input: SetTimeZoneInput!) { setTimeZone(input: $input) { viewer { timeZone } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation SetTimeZone($input: SetTimeZoneInput!) { setTimeZone(input: $input) { viewer { timeZone } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id ...PracticeCard_practice } }\n    }\n  }\n"): (typeof documents)["\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id ...PracticeCard_practice } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status publishedAt\n        city { id ...CityLink_city }\n        body { text locale translations { locale machine } }\n        adoptions { id status progress city { id ...CityLink_city } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status publishedAt\n        city { id ...CityLink_city }\n        body { text locale translations { locale machine } }\n        adoptions { id status progress city { id ...CityLink_city } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityProposals($cityIds: [ID!]) {\n    proposals(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version decisionNote recommendation { id title } } }\n    }\n  }\n"): (typeof documents)["\n  query CityProposals($cityIds: [ID!]) {\n    proposals(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version decisionNote recommendation { id title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { proposal { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { proposal { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) { proposal { id version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) { proposal { id version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation SubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation WithdrawProposal($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendations {\n    recommendations(first: 20) {\n      edges { node { id title adoptedOn body { text }\n        adoption { committed inProgress completed notPursued }\n        implementations(first: 50) { edges { node { id status progress city { id ...CityLink_city } } } } } }\n    }\n  }\n"): (typeof documents)["\n  query Recommendations {\n    recommendations(first: 20) {\n      edges { node { id title adoptedOn body { text }\n        adoption { committed inProgress completed notPursued }\n        implementations(first: 50) { edges { node { id status progress city { id ...CityLink_city } } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitToRecommendation($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CommitToRecommendation($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CityLink_city on City { slug name }\n"): (typeof documents)["\n  fragment CityLink_city on City { slug name }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups manageMail editCityIds adminCityIds }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups manageMail editCityIds adminCityIds }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;