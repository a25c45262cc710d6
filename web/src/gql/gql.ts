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
    "\n  query Bell {\n    viewer { notifications(first: 1) { unreadCount } }\n  }\n": typeof types.BellDocument,
    "\n  query NextMeetings($first: Int) {\n    viewer { nextMeetings(first: $first) { id kind startsAt endsAt timeZone icsUrl viewerRsvp workingGroup { id slug name { text } } } }\n  }\n": typeof types.NextMeetingsDocument,
    "\n  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }\n": typeof types.PracticeCard_PracticeFragmentDoc,
    "\n  subscription LiveNotifications {\n    notificationReceived { kind notificationId subjectId }\n  }\n": typeof types.LiveNotificationsDocument,
    "\n  query AnalyticsPage($year: Int!) {\n    all: analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n    }\n    inYear: analytics(year: $year) {\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 20) {\n        recommendation { id title }\n        cities { city { id slug name country } status progress }\n        committed inProgress completed notPursued\n      }\n      indicatorProgress(termYear: $year) { indicator { id name unit } progress { latest percent onTrack target { baseline target dueOn } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue extraMeetings }\n    }\n  }\n": typeof types.AnalyticsPageDocument,
    "\n  query AnnualReportPage($year: Int!) {\n    annualReport(year: $year) {\n      year finalizedAt markdownUrl practicesShared\n      presidency { city { ...CityLink_city } }\n      newMembers { city { ...CityLink_city } memberSince }\n      proposals { submitted accepted declined withdrawn underReview }\n      implementations { byStatus { status count } }\n      workingGroups { group { name { text } } meetingsHeld meetingsDue }\n    }\n  }\n": typeof types.AnnualReportPageDocument,
    "\n  query ApplyInfo { network { name eligibleCountries } }\n": typeof types.ApplyInfoDocument,
    "\n  mutation SubmitMembershipApplication($input: SubmitMembershipApplicationInput!) {\n    submitMembershipApplication(input: $input) { application { id } userErrors { code field message } }\n  }\n": typeof types.SubmitMembershipApplicationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { ok userErrors { code field message } }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token viewer { user { id } } userErrors { code field message } }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query CalendarFeed { viewer { calendarFeedUrl } }\n": typeof types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {\n    rotateCalendarFeed(input: $input) { calendarFeedUrl userErrors { code field message } }\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...CityLink_city localName country status memberSince isFoundingMember } }\n    }\n  }\n": typeof types.CitiesDocument,
    "\n  query CityPage($slug: String!) {\n    city(slug: $slug) {\n      id slug name localName country status memberSince joinRoute isFoundingMember population mayorName website\n      workingGroups { id slug kind status name { text } }\n      presidencyTerms { id year status }\n      practices(first: 50) { totalCount edges { node { id ...PracticeCard_practice } } }\n    }\n  }\n": typeof types.CityPageDocument,
    "\n  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {\n    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {\n      edges { node { id cityName localName country mayorName contactName contactEmail contactPosition website population motivation submittedAt } }\n    }\n    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {\n      edges { node { id title summary status submittedAt city { ...CityLink_city } body { text } endorsements { id ...CityLink_city } workingGroup { id name { text } } recommendation { id } } }\n    }\n    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status round votesCast eligibleVoters candidates { city { id name } votes } } } } }\n    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }\n  }\n": typeof types.DeskDocument,
    "\n  mutation ReviewApplication($input: ReviewMembershipApplicationInput!) {\n    reviewMembershipApplication(input: $input) { invitationToken userErrors { code field message } }\n  }\n": typeof types.ReviewApplicationDocument,
    "\n  mutation ReviewProposal($input: ReviewProposalInput!) { reviewProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": typeof types.ReviewProposalDocument,
    "\n  mutation AdoptRecommendation($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { recommendation { id } userErrors { code field message } } }\n": typeof types.AdoptRecommendationDocument,
    "\n  mutation OpenElection($input: OpenPresidencyElectionInput!) { openPresidencyElection(input: $input) { election { id } userErrors { code field message } } }\n": typeof types.OpenElectionDocument,
    "\n  mutation CloseElection($input: ClosePresidencyElectionInput!) { closePresidencyElection(input: $input) { election { id status } userErrors { code field message } } }\n": typeof types.CloseElectionDocument,
    "\n  mutation ApproveGroup($input: ApproveWorkingGroupInput!) { approveWorkingGroup(input: $input) { workingGroup { id status } userErrors { code field message } } }\n": typeof types.ApproveGroupDocument,
    "\n  query GroupPage($slug: String!) {\n    workingGroup(slug: $slug) {\n      id slug status kind name { text } description lastRegularMeetingOn nextRegularMeetingDue isMeetingOverdue\n      members { city { id ...CityLink_city } focalPoint }\n      nextMeeting { id ...MeetingSummary_meeting }\n      meetings(first: 20) { edges { node { id kind status startsAt endsAt timeZone attendingCities { id }\n        meetingMinutes { status } } } }\n      meetingRequests { id reason requestedAt status respondedAt responseNote city { id ...CityLink_city } meeting { id startsAt } }\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  query GroupFeed($slug: String!) { workingGroup(slug: $slug) { id calendarFeedUrl } }\n": typeof types.GroupFeedDocument,
    "\n  mutation JoinGroup($input: JoinWorkingGroupInput!) {\n    joinWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation LeaveGroup($input: LeaveWorkingGroupInput!) {\n    leaveWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }\n  }\n": typeof types.LeaveGroupDocument,
    "\n  mutation RequestExtraMeeting($input: RequestExtraMeetingInput!) {\n    requestExtraMeeting(input: $input) { request { id } userErrors { code field message } }\n  }\n": typeof types.RequestExtraMeetingDocument,
    "\n  mutation RespondToMeetingRequest($input: RespondToMeetingRequestInput!) {\n    respondToMeetingRequest(input: $input) { request { id status } userErrors { code field message } }\n  }\n": typeof types.RespondToMeetingRequestDocument,
    "\n  mutation ScheduleGroupMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": typeof types.ScheduleGroupMeetingDocument,
    "\n  query Home($cityIds: [ID!], $city: Boolean!, $secretariat: Boolean!, $review: Boolean!, $figures: Boolean!, $staleBefore: DateTime!) {\n    draftPractices: practices(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {\n      totalCount edges { node { id title city { id name } } }\n    }\n    draftProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {\n      totalCount edges { node { id title city { id name } } }\n    }\n    waitingProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $city) {\n      totalCount edges { node { id title status submittedAt city { id name } } }\n    }\n    staleImplementations: implementations(first: 20, filter: { cityIds: $cityIds, statuses: [PLANNED, IN_PROGRESS], updatedTo: $staleBefore }) @include(if: $city) {\n      totalCount edges { node { id status updatedAt city { id name } recommendation { title } sourcePractice { title } } }\n    }\n    applications: membershipApplications(first: 10, filter: { statuses: [SUBMITTED] }) @include(if: $secretariat) {\n      totalCount edges { node { id cityName country submittedAt } }\n    }\n    toReview: proposals(first: 10, filter: { statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $review) {\n      totalCount edges { node { id title status city { ...CityLink_city } } }\n    }\n    groups: workingGroups(first: 100, filter: { statuses: [ACTIVE] }) @include(if: $secretariat) {\n      edges { node { id slug name { text } isMeetingOverdue nextRegularMeetingDue } }\n    }\n    summits(first: 3) { edges { node { id year title election { id termYear status votesCast eligibleVoters } } } }\n    network {\n      memberCount\n      secretariat @include(if: $secretariat) { compliance { meetsMinimum problems } }\n    }\n    practiceCount: practices(first: 1, filter: { statuses: [PUBLISHED] }) @include(if: $figures) { totalCount }\n    recommendationCount: recommendations(first: 1) @include(if: $figures) { totalCount }\n    implementationCount: implementations(first: 1) @include(if: $figures) { totalCount }\n    completedCount: implementations(first: 1, filter: { statuses: [COMPLETED] }) @include(if: $figures) { totalCount }\n  }\n": typeof types.HomeDocument,
    "\n  query CityImplementations($cityIds: [ID!]) {\n    implementations(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id status progress version visibility recommendation { title } sourcePractice { title }\n        updates(first: 10) { edges { node { id at status progress note } } } } }\n    }\n  }\n": typeof types.CityImplementationsDocument,
    "\n  mutation UpdateImplementation($input: UpdateImplementationInput!) {\n    updateImplementation(input: $input) { implementation { id version } userErrors { code field message } }\n  }\n": typeof types.UpdateImplementationDocument,
    "\n  query Inbox($unreadOnly: Boolean) {\n    viewer {\n      notifications(first: 50, unreadOnly: $unreadOnly) {\n        totalCount\n        unreadCount\n        edges { node { id kind title { text } body { text } url createdAt readAt } }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { marked userErrors { code message } }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query ProposalPage($id: ID!) {\n    node(id: $id) {\n      ... on Proposal {\n        id title summary status visibility submittedAt decidedAt decisionNote createdAt\n        body { text locale }\n        city { id ...CityLink_city }\n        workingGroup { id slug name { text } }\n        endorsements { id ...CityLink_city }\n        recommendation { id title }\n      }\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n  mutation EndorseProposal($input: EndorseProposalInput!) {\n    endorseProposal(input: $input) { proposal { id endorsements { id } } userErrors { code field message } }\n  }\n": typeof types.EndorseProposalDocument,
    "\n  query RecommendationPage($id: ID!) {\n    node(id: $id) {\n      ... on Recommendation {\n        id title adoptedOn\n        body { text locale }\n        source { proposal { id title city { ...CityLink_city } } workingGroup { id name { text } } summit { id year title } }\n        adoption { committed inProgress completed notPursued suspended cities }\n        implementations(first: 100) {\n          edges { node { id status progress updatedAt city { id ...CityLink_city } } }\n        }\n      }\n    }\n  }\n": typeof types.RecommendationPageDocument,
    "\n  mutation CommitFromPage($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": typeof types.CommitFromPageDocument,
    "\n  query ImplementationPage($id: ID!) {\n    node(id: $id) {\n      ... on Implementation {\n        id status progress version visibility plannedStart plannedEnd createdAt updatedAt\n        city { id ...CityLink_city }\n        recommendation { id title }\n        sourcePractice { id title }\n        updates(first: 100) { edges { node { id at status progress note evidenceUrls author { id name } } } }\n      }\n    }\n  }\n": typeof types.ImplementationPageDocument,
    "\n  query ElectionPage($id: ID!) {\n    node(id: $id) {\n      ... on PresidencyElection { id termYear status openedAt closedAt summit { id year title hostCity { ...CityLink_city } } }\n    }\n  }\n": typeof types.ElectionPageDocument,
    "\n  query OutgoingMail($statuses: [MailStatus!]) {\n    outgoingMails(first: 50, filter: { statuses: $statuses }) {\n      totalCount\n      edges { node { id to kind status subject attempts lastAnswer createdAt sentAt deliveryAttempts { at ok answer } } }\n    }\n  }\n": typeof types.OutgoingMailDocument,
    "\n  mutation RetryMail($input: RetryMailInput!) { retryMail(input: $input) { mail { id status } userErrors { code field message } } }\n": typeof types.RetryMailDocument,
    "\n  fragment MeetingSummary_meeting on WorkingGroupMeeting {\n    id kind status startsAt endsAt timeZone onlineUrl location icsUrl version\n    workingGroup { id slug name { text } members { city { id slug name } } }\n    agendaItems { id position title description addedBy { id ...CityLink_city } proposal { id title } recommendation { id title } }\n    rsvpCounts { going notGoing maybe } viewerRsvp viewerMayRsvp viewerMayAddAgendaItem\n  }\n": typeof types.MeetingSummary_MeetingFragmentDoc,
    "\n  mutation AnswerMeeting($input: AnswerMeetingInvitationInput!) {\n    answerMeetingInvitation(input: $input) { meeting { id viewerRsvp rsvpCounts { going notGoing maybe } } userErrors { code field message } }\n  }\n": typeof types.AnswerMeetingDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  query MeetingPage($id: ID!) {\n    node(id: $id) {\n      ... on WorkingGroupMeeting {\n        id ...MeetingSummary_meeting\n        startsAt endsAt status\n        agendaItems { id title }\n        invitees { userId name city { id name } }\n        attendance { personName status city { id ...CityLink_city } }\n        attendingCities { id ...CityLink_city }\n        meetingMinutes { status version summary approvedAt contentHash markdownUrl\n          items { agendaItem { id } title notes decisions { key text recommendation { id title } }\n            actionItems { text dueOn ownerCity { id ...CityLink_city } } } }\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation SaveMinutes($input: SaveMeetingMinutesInput!) {\n    saveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": typeof types.SaveMinutesDocument,
    "\n  mutation ApproveMinutes($input: ApproveMeetingMinutesInput!) {\n    approveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": typeof types.ApproveMinutesDocument,
    "\n  query NetworkPage {\n    summits(first: 20) {\n      edges { node { id year title motto startsOn endsOn venue hostCity { ...CityLink_city } delegations { id city { id ...CityLink_city } }\n        election { id termYear status round winner { name } } } }\n    }\n    presidencyTerms(first: 20) { edges { node { id year status city { ...CityLink_city } } } }\n    workingGroups(first: 50) {\n      edges { node { id slug status kind name { text } members { city { id ...CityLink_city } } nextRegularMeetingDue isMeetingOverdue\n        meetings(first: 3) { edges { node { id kind startsAt } } } } }\n    }\n  }\n": typeof types.NetworkPageDocument,
    "\n  query Election($id: ID!) {\n    presidencyElection(id: $id) { id termYear status round votesCast eligibleVoters candidates { city { id ...CityLink_city } votes } winner { name } }\n  }\n": typeof types.ElectionDocument,
    "\n  mutation DeclareCandidacy($input: DeclareCandidacyInput!) { declareCandidacy(input: $input) { userErrors { code field message } } }\n": typeof types.DeclareCandidacyDocument,
    "\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { userErrors { code field message } } }\n": typeof types.CastVoteDocument,
    "\n  mutation ProposeWorkingGroup($input: ProposeWorkingGroupInput!) {\n    proposeWorkingGroup(input: $input) { workingGroup { id slug } userErrors { code field message } }\n  }\n": typeof types.ProposeWorkingGroupDocument,
    "\n  query NotificationPreferences { viewer { timeZone notificationPreferences { kind delivery } } }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind delivery } userErrors { code field message } }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetTimeZone($input: SetTimeZoneInput!) { setTimeZone(input: $input) { viewer { timeZone } userErrors { code field message } } }\n": typeof types.SetTimeZoneDocument,
    "\n  query PeopleGrants { viewer { can { grantCityRoles grantNetworkRoles manageSecretariat } } }\n": typeof types.PeopleGrantsDocument,
    "\n  query CityPeople($cityIds: [ID!]) {\n    users(first: 100, filter: { cityIds: $cityIds }) {\n      totalCount\n      edges { node { id name email status memberships { role city { id } } } }\n    }\n  }\n": typeof types.CityPeopleDocument,
    "\n  query NetworkPeople($search: String, $after: String) {\n    users(first: 50, after: $after, filter: { search: $search }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email status networkRole memberships { role city { id name } } } }\n    }\n  }\n": typeof types.NetworkPeopleDocument,
    "\n  query SecretariatStaff {\n    network { secretariat { staff { id name position englishLevel } compliance { meetsMinimum problems } } }\n  }\n": typeof types.SecretariatStaffDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitation { id email } invitationToken userErrors { code field message } }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) { user { id networkRole memberships { role city { id } } } userErrors { code field message } }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id status } userErrors { code field message } } }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: ReactivateUserInput!) { reactivateUser(input: $input) { user { id status } userErrors { code field message } } }\n": typeof types.ReactivateUserDocument,
    "\n  mutation AddSecretariatStaff($input: AddSecretariatStaffInput!) {\n    addSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }\n  }\n": typeof types.AddSecretariatStaffDocument,
    "\n  mutation RemoveSecretariatStaff($input: RemoveSecretariatStaffInput!) {\n    removeSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }\n  }\n": typeof types.RemoveSecretariatStaffDocument,
    "\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id ...PracticeCard_practice } }\n    }\n  }\n": typeof types.PracticesDocument,
    "\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status publishedAt\n        city { id ...CityLink_city }\n        body { text locale translations { locale machine } }\n        adoptions { id status progress city { id ...CityLink_city } }\n      }\n    }\n  }\n": typeof types.PracticeDocument,
    "\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": typeof types.AdoptPracticeDocument,
    "\n  query PresidencyPage {\n    network { currentPresidency { id year } }\n    presidencyTerms(first: 50) {\n      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }\n    }\n    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }\n  }\n": typeof types.PresidencyPageDocument,
    "\n  query PresidencyTermPage($year: Int!, $signedIn: Boolean!) {\n    presidencyTerms(first: 50) {\n      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }\n    }\n    indicators(first: 50) @include(if: $signedIn) {\n      edges { node { id key name description unit direction scope source metric workingGroup { name { text } }\n        targets { termYear baseline target dueOn }\n        progress(termYear: $year) { latest percent onTrack } } }\n    }\n  }\n": typeof types.PresidencyTermPageDocument,
    "\n  mutation RecordPresidencyTerm($input: RecordPresidencyTermInput!) { recordPresidencyTerm(input: $input) { term { id year } userErrors { code field message } } }\n": typeof types.RecordPresidencyTermDocument,
    "\n  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { termYear baseline target dueOn } userErrors { code field message } } }\n": typeof types.SetIndicatorTargetDocument,
    "\n  mutation DefineIndicator($input: DefineIndicatorInput!) { defineIndicator(input: $input) { indicator { id } userErrors { code field message } } }\n": typeof types.DefineIndicatorDocument,
    "\n  query CityProposals($cityIds: [ID!]) {\n    proposals(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version decisionNote recommendation { id title } } }\n    }\n  }\n": typeof types.CityProposalsDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { proposal { id } userErrors { code field message } }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) { proposal { id version } userErrors { code field message } }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": typeof types.WithdrawProposalDocument,
    "\n  query Recommendations {\n    recommendations(first: 20) {\n      edges { node { id title adoptedOn body { text }\n        adoption { committed inProgress completed notPursued }\n        implementations(first: 50) { edges { node { id status progress city { id ...CityLink_city } } } } } }\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  mutation CommitToRecommendation($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": typeof types.CommitToRecommendationDocument,
    "\n  query NetworkSearch($q: String!) {\n    cities(first: 10, filter: { search: $q }) { totalCount edges { node { id slug name localName country } } }\n    practices(first: 10, filter: { search: $q }) { totalCount edges { node { id title summary city { ...CityLink_city } } } }\n    recommendations(first: 100) { edges { node { id title body { text } } } }\n    workingGroups(first: 100) { edges { node { id slug name { text } description } } }\n  }\n": typeof types.NetworkSearchDocument,
    "\n  query SummitsPage {\n    summits(first: 50) {\n      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city } delegations { id } election { id termYear status } } }\n    }\n    presidencyTerms(first: 50) { edges { node { id year city { id name } } } }\n  }\n": typeof types.SummitsPageDocument,
    "\n  query SummitPage {\n    summits(first: 30) {\n      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city }\n        delegations { id city { id country ...CityLink_city } head { name position } members { name position } }\n        election { id termYear status round winner { ...CityLink_city } } } }\n    }\n  }\n": typeof types.SummitPageDocument,
    "\n  query DelegationChoices {\n    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }\n    network { eligibleCountries }\n  }\n": typeof types.DelegationChoicesDocument,
    "\n  mutation CreateSummit($input: CreateSummitInput!) { createSummit(input: $input) { summit { id year } userErrors { code field message } } }\n": typeof types.CreateSummitDocument,
    "\n  mutation RecordDelegation($input: RecordDelegationInput!) { recordDelegation(input: $input) { delegation { id } userErrors { code field message } } }\n": typeof types.RecordDelegationDocument,
    "\n  query CityPractices($cityIds: [ID!]) {\n    practices(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version body { text locale } } }\n    }\n  }\n": typeof types.CityPracticesDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { practice { id } userErrors { code field message } }\n  }\n": typeof types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { practice { id version } userErrors { code field message } }\n  }\n": typeof types.UpdatePracticeDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) { practice { id status } userErrors { code field message } }\n  }\n": typeof types.PublishPracticeDocument,
    "\n  fragment CityLink_city on City { slug name }\n": typeof types.CityLink_CityFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups setIndicatorTargets runMeetings manageMail editCityIds adminCityIds }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) { ok }\n  }\n": types.LogoutDocument,
    "\n  query Bell {\n    viewer { notifications(first: 1) { unreadCount } }\n  }\n": types.BellDocument,
    "\n  query NextMeetings($first: Int) {\n    viewer { nextMeetings(first: $first) { id kind startsAt endsAt timeZone icsUrl viewerRsvp workingGroup { id slug name { text } } } }\n  }\n": types.NextMeetingsDocument,
    "\n  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }\n": types.PracticeCard_PracticeFragmentDoc,
    "\n  subscription LiveNotifications {\n    notificationReceived { kind notificationId subjectId }\n  }\n": types.LiveNotificationsDocument,
    "\n  query AnalyticsPage($year: Int!) {\n    all: analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n    }\n    inYear: analytics(year: $year) {\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 20) {\n        recommendation { id title }\n        cities { city { id slug name country } status progress }\n        committed inProgress completed notPursued\n      }\n      indicatorProgress(termYear: $year) { indicator { id name unit } progress { latest percent onTrack target { baseline target dueOn } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue extraMeetings }\n    }\n  }\n": types.AnalyticsPageDocument,
    "\n  query AnnualReportPage($year: Int!) {\n    annualReport(year: $year) {\n      year finalizedAt markdownUrl practicesShared\n      presidency { city { ...CityLink_city } }\n      newMembers { city { ...CityLink_city } memberSince }\n      proposals { submitted accepted declined withdrawn underReview }\n      implementations { byStatus { status count } }\n      workingGroups { group { name { text } } meetingsHeld meetingsDue }\n    }\n  }\n": types.AnnualReportPageDocument,
    "\n  query ApplyInfo { network { name eligibleCountries } }\n": types.ApplyInfoDocument,
    "\n  mutation SubmitMembershipApplication($input: SubmitMembershipApplicationInput!) {\n    submitMembershipApplication(input: $input) { application { id } userErrors { code field message } }\n  }\n": types.SubmitMembershipApplicationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": types.LoginDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { ok userErrors { code field message } }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token userErrors { code field message } }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { token viewer { user { id } } userErrors { code field message } }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { userErrors { code field message } }\n  }\n": types.ChangePasswordDocument,
    "\n  query CalendarFeed { viewer { calendarFeedUrl } }\n": types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {\n    rotateCalendarFeed(input: $input) { calendarFeedUrl userErrors { code field message } }\n  }\n": types.RotateCalendarFeedDocument,
    "\n  query Cities($first: Int!, $after: String, $filter: CityFilter) {\n    cities(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...CityLink_city localName country status memberSince isFoundingMember } }\n    }\n  }\n": types.CitiesDocument,
    "\n  query CityPage($slug: String!) {\n    city(slug: $slug) {\n      id slug name localName country status memberSince joinRoute isFoundingMember population mayorName website\n      workingGroups { id slug kind status name { text } }\n      presidencyTerms { id year status }\n      practices(first: 50) { totalCount edges { node { id ...PracticeCard_practice } } }\n    }\n  }\n": types.CityPageDocument,
    "\n  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {\n    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {\n      edges { node { id cityName localName country mayorName contactName contactEmail contactPosition website population motivation submittedAt } }\n    }\n    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {\n      edges { node { id title summary status submittedAt city { ...CityLink_city } body { text } endorsements { id ...CityLink_city } workingGroup { id name { text } } recommendation { id } } }\n    }\n    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status round votesCast eligibleVoters candidates { city { id name } votes } } } } }\n    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }\n  }\n": types.DeskDocument,
    "\n  mutation ReviewApplication($input: ReviewMembershipApplicationInput!) {\n    reviewMembershipApplication(input: $input) { invitationToken userErrors { code field message } }\n  }\n": types.ReviewApplicationDocument,
    "\n  mutation ReviewProposal($input: ReviewProposalInput!) { reviewProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": types.ReviewProposalDocument,
    "\n  mutation AdoptRecommendation($input: AdoptRecommendationInput!) { adoptRecommendation(input: $input) { recommendation { id } userErrors { code field message } } }\n": types.AdoptRecommendationDocument,
    "\n  mutation OpenElection($input: OpenPresidencyElectionInput!) { openPresidencyElection(input: $input) { election { id } userErrors { code field message } } }\n": types.OpenElectionDocument,
    "\n  mutation CloseElection($input: ClosePresidencyElectionInput!) { closePresidencyElection(input: $input) { election { id status } userErrors { code field message } } }\n": types.CloseElectionDocument,
    "\n  mutation ApproveGroup($input: ApproveWorkingGroupInput!) { approveWorkingGroup(input: $input) { workingGroup { id status } userErrors { code field message } } }\n": types.ApproveGroupDocument,
    "\n  query GroupPage($slug: String!) {\n    workingGroup(slug: $slug) {\n      id slug status kind name { text } description lastRegularMeetingOn nextRegularMeetingDue isMeetingOverdue\n      members { city { id ...CityLink_city } focalPoint }\n      nextMeeting { id ...MeetingSummary_meeting }\n      meetings(first: 20) { edges { node { id kind status startsAt endsAt timeZone attendingCities { id }\n        meetingMinutes { status } } } }\n      meetingRequests { id reason requestedAt status respondedAt responseNote city { id ...CityLink_city } meeting { id startsAt } }\n    }\n  }\n": types.GroupPageDocument,
    "\n  query GroupFeed($slug: String!) { workingGroup(slug: $slug) { id calendarFeedUrl } }\n": types.GroupFeedDocument,
    "\n  mutation JoinGroup($input: JoinWorkingGroupInput!) {\n    joinWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }\n  }\n": types.JoinGroupDocument,
    "\n  mutation LeaveGroup($input: LeaveWorkingGroupInput!) {\n    leaveWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }\n  }\n": types.LeaveGroupDocument,
    "\n  mutation RequestExtraMeeting($input: RequestExtraMeetingInput!) {\n    requestExtraMeeting(input: $input) { request { id } userErrors { code field message } }\n  }\n": types.RequestExtraMeetingDocument,
    "\n  mutation RespondToMeetingRequest($input: RespondToMeetingRequestInput!) {\n    respondToMeetingRequest(input: $input) { request { id status } userErrors { code field message } }\n  }\n": types.RespondToMeetingRequestDocument,
    "\n  mutation ScheduleGroupMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": types.ScheduleGroupMeetingDocument,
    "\n  query Home($cityIds: [ID!], $city: Boolean!, $secretariat: Boolean!, $review: Boolean!, $figures: Boolean!, $staleBefore: DateTime!) {\n    draftPractices: practices(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {\n      totalCount edges { node { id title city { id name } } }\n    }\n    draftProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {\n      totalCount edges { node { id title city { id name } } }\n    }\n    waitingProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $city) {\n      totalCount edges { node { id title status submittedAt city { id name } } }\n    }\n    staleImplementations: implementations(first: 20, filter: { cityIds: $cityIds, statuses: [PLANNED, IN_PROGRESS], updatedTo: $staleBefore }) @include(if: $city) {\n      totalCount edges { node { id status updatedAt city { id name } recommendation { title } sourcePractice { title } } }\n    }\n    applications: membershipApplications(first: 10, filter: { statuses: [SUBMITTED] }) @include(if: $secretariat) {\n      totalCount edges { node { id cityName country submittedAt } }\n    }\n    toReview: proposals(first: 10, filter: { statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $review) {\n      totalCount edges { node { id title status city { ...CityLink_city } } }\n    }\n    groups: workingGroups(first: 100, filter: { statuses: [ACTIVE] }) @include(if: $secretariat) {\n      edges { node { id slug name { text } isMeetingOverdue nextRegularMeetingDue } }\n    }\n    summits(first: 3) { edges { node { id year title election { id termYear status votesCast eligibleVoters } } } }\n    network {\n      memberCount\n      secretariat @include(if: $secretariat) { compliance { meetsMinimum problems } }\n    }\n    practiceCount: practices(first: 1, filter: { statuses: [PUBLISHED] }) @include(if: $figures) { totalCount }\n    recommendationCount: recommendations(first: 1) @include(if: $figures) { totalCount }\n    implementationCount: implementations(first: 1) @include(if: $figures) { totalCount }\n    completedCount: implementations(first: 1, filter: { statuses: [COMPLETED] }) @include(if: $figures) { totalCount }\n  }\n": types.HomeDocument,
    "\n  query CityImplementations($cityIds: [ID!]) {\n    implementations(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id status progress version visibility recommendation { title } sourcePractice { title }\n        updates(first: 10) { edges { node { id at status progress note } } } } }\n    }\n  }\n": types.CityImplementationsDocument,
    "\n  mutation UpdateImplementation($input: UpdateImplementationInput!) {\n    updateImplementation(input: $input) { implementation { id version } userErrors { code field message } }\n  }\n": types.UpdateImplementationDocument,
    "\n  query Inbox($unreadOnly: Boolean) {\n    viewer {\n      notifications(first: 50, unreadOnly: $unreadOnly) {\n        totalCount\n        unreadCount\n        edges { node { id kind title { text } body { text } url createdAt readAt } }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { marked userErrors { code message } }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query ProposalPage($id: ID!) {\n    node(id: $id) {\n      ... on Proposal {\n        id title summary status visibility submittedAt decidedAt decisionNote createdAt\n        body { text locale }\n        city { id ...CityLink_city }\n        workingGroup { id slug name { text } }\n        endorsements { id ...CityLink_city }\n        recommendation { id title }\n      }\n    }\n  }\n": types.ProposalPageDocument,
    "\n  mutation EndorseProposal($input: EndorseProposalInput!) {\n    endorseProposal(input: $input) { proposal { id endorsements { id } } userErrors { code field message } }\n  }\n": types.EndorseProposalDocument,
    "\n  query RecommendationPage($id: ID!) {\n    node(id: $id) {\n      ... on Recommendation {\n        id title adoptedOn\n        body { text locale }\n        source { proposal { id title city { ...CityLink_city } } workingGroup { id name { text } } summit { id year title } }\n        adoption { committed inProgress completed notPursued suspended cities }\n        implementations(first: 100) {\n          edges { node { id status progress updatedAt city { id ...CityLink_city } } }\n        }\n      }\n    }\n  }\n": types.RecommendationPageDocument,
    "\n  mutation CommitFromPage($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": types.CommitFromPageDocument,
    "\n  query ImplementationPage($id: ID!) {\n    node(id: $id) {\n      ... on Implementation {\n        id status progress version visibility plannedStart plannedEnd createdAt updatedAt\n        city { id ...CityLink_city }\n        recommendation { id title }\n        sourcePractice { id title }\n        updates(first: 100) { edges { node { id at status progress note evidenceUrls author { id name } } } }\n      }\n    }\n  }\n": types.ImplementationPageDocument,
    "\n  query ElectionPage($id: ID!) {\n    node(id: $id) {\n      ... on PresidencyElection { id termYear status openedAt closedAt summit { id year title hostCity { ...CityLink_city } } }\n    }\n  }\n": types.ElectionPageDocument,
    "\n  query OutgoingMail($statuses: [MailStatus!]) {\n    outgoingMails(first: 50, filter: { statuses: $statuses }) {\n      totalCount\n      edges { node { id to kind status subject attempts lastAnswer createdAt sentAt deliveryAttempts { at ok answer } } }\n    }\n  }\n": types.OutgoingMailDocument,
    "\n  mutation RetryMail($input: RetryMailInput!) { retryMail(input: $input) { mail { id status } userErrors { code field message } } }\n": types.RetryMailDocument,
    "\n  fragment MeetingSummary_meeting on WorkingGroupMeeting {\n    id kind status startsAt endsAt timeZone onlineUrl location icsUrl version\n    workingGroup { id slug name { text } members { city { id slug name } } }\n    agendaItems { id position title description addedBy { id ...CityLink_city } proposal { id title } recommendation { id title } }\n    rsvpCounts { going notGoing maybe } viewerRsvp viewerMayRsvp viewerMayAddAgendaItem\n  }\n": types.MeetingSummary_MeetingFragmentDoc,
    "\n  mutation AnswerMeeting($input: AnswerMeetingInvitationInput!) {\n    answerMeetingInvitation(input: $input) { meeting { id viewerRsvp rsvpCounts { going notGoing maybe } } userErrors { code field message } }\n  }\n": types.AnswerMeetingDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": types.AddAgendaItemDocument,
    "\n  query MeetingPage($id: ID!) {\n    node(id: $id) {\n      ... on WorkingGroupMeeting {\n        id ...MeetingSummary_meeting\n        startsAt endsAt status\n        agendaItems { id title }\n        invitees { userId name city { id name } }\n        attendance { personName status city { id ...CityLink_city } }\n        attendingCities { id ...CityLink_city }\n        meetingMinutes { status version summary approvedAt contentHash markdownUrl\n          items { agendaItem { id } title notes decisions { key text recommendation { id title } }\n            actionItems { text dueOn ownerCity { id ...CityLink_city } } } }\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation SaveMinutes($input: SaveMeetingMinutesInput!) {\n    saveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": types.SaveMinutesDocument,
    "\n  mutation ApproveMinutes($input: ApproveMeetingMinutesInput!) {\n    approveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }\n  }\n": types.ApproveMinutesDocument,
    "\n  query NetworkPage {\n    summits(first: 20) {\n      edges { node { id year title motto startsOn endsOn venue hostCity { ...CityLink_city } delegations { id city { id ...CityLink_city } }\n        election { id termYear status round winner { name } } } }\n    }\n    presidencyTerms(first: 20) { edges { node { id year status city { ...CityLink_city } } } }\n    workingGroups(first: 50) {\n      edges { node { id slug status kind name { text } members { city { id ...CityLink_city } } nextRegularMeetingDue isMeetingOverdue\n        meetings(first: 3) { edges { node { id kind startsAt } } } } }\n    }\n  }\n": types.NetworkPageDocument,
    "\n  query Election($id: ID!) {\n    presidencyElection(id: $id) { id termYear status round votesCast eligibleVoters candidates { city { id ...CityLink_city } votes } winner { name } }\n  }\n": types.ElectionDocument,
    "\n  mutation DeclareCandidacy($input: DeclareCandidacyInput!) { declareCandidacy(input: $input) { userErrors { code field message } } }\n": types.DeclareCandidacyDocument,
    "\n  mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { userErrors { code field message } } }\n": types.CastVoteDocument,
    "\n  mutation ProposeWorkingGroup($input: ProposeWorkingGroupInput!) {\n    proposeWorkingGroup(input: $input) { workingGroup { id slug } userErrors { code field message } }\n  }\n": types.ProposeWorkingGroupDocument,
    "\n  query NotificationPreferences { viewer { timeZone notificationPreferences { kind delivery } } }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preference { kind delivery } userErrors { code field message } }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetTimeZone($input: SetTimeZoneInput!) { setTimeZone(input: $input) { viewer { timeZone } userErrors { code field message } } }\n": types.SetTimeZoneDocument,
    "\n  query PeopleGrants { viewer { can { grantCityRoles grantNetworkRoles manageSecretariat } } }\n": types.PeopleGrantsDocument,
    "\n  query CityPeople($cityIds: [ID!]) {\n    users(first: 100, filter: { cityIds: $cityIds }) {\n      totalCount\n      edges { node { id name email status memberships { role city { id } } } }\n    }\n  }\n": types.CityPeopleDocument,
    "\n  query NetworkPeople($search: String, $after: String) {\n    users(first: 50, after: $after, filter: { search: $search }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email status networkRole memberships { role city { id name } } } }\n    }\n  }\n": types.NetworkPeopleDocument,
    "\n  query SecretariatStaff {\n    network { secretariat { staff { id name position englishLevel } compliance { meetsMinimum problems } } }\n  }\n": types.SecretariatStaffDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitation { id email } invitationToken userErrors { code field message } }\n  }\n": types.InviteUserDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) { user { id networkRole memberships { role city { id } } } userErrors { code field message } }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id status } userErrors { code field message } } }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: ReactivateUserInput!) { reactivateUser(input: $input) { user { id status } userErrors { code field message } } }\n": types.ReactivateUserDocument,
    "\n  mutation AddSecretariatStaff($input: AddSecretariatStaffInput!) {\n    addSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }\n  }\n": types.AddSecretariatStaffDocument,
    "\n  mutation RemoveSecretariatStaff($input: RemoveSecretariatStaffInput!) {\n    removeSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }\n  }\n": types.RemoveSecretariatStaffDocument,
    "\n  query Practices($filter: PracticeFilter) {\n    practices(first: 50, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {\n      totalCount\n      edges { node { id ...PracticeCard_practice } }\n    }\n  }\n": types.PracticesDocument,
    "\n  query Practice($id: ID!) {\n    node(id: $id) {\n      ... on Practice {\n        id title summary results contact links visibility status publishedAt\n        city { id ...CityLink_city }\n        body { text locale translations { locale machine } }\n        adoptions { id status progress city { id ...CityLink_city } }\n      }\n    }\n  }\n": types.PracticeDocument,
    "\n  mutation AdoptPractice($input: AdoptPracticeInput!) {\n    adoptPractice(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": types.AdoptPracticeDocument,
    "\n  query PresidencyPage {\n    network { currentPresidency { id year } }\n    presidencyTerms(first: 50) {\n      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }\n    }\n    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }\n  }\n": types.PresidencyPageDocument,
    "\n  query PresidencyTermPage($year: Int!, $signedIn: Boolean!) {\n    presidencyTerms(first: 50) {\n      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }\n    }\n    indicators(first: 50) @include(if: $signedIn) {\n      edges { node { id key name description unit direction scope source metric workingGroup { name { text } }\n        targets { termYear baseline target dueOn }\n        progress(termYear: $year) { latest percent onTrack } } }\n    }\n  }\n": types.PresidencyTermPageDocument,
    "\n  mutation RecordPresidencyTerm($input: RecordPresidencyTermInput!) { recordPresidencyTerm(input: $input) { term { id year } userErrors { code field message } } }\n": types.RecordPresidencyTermDocument,
    "\n  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { termYear baseline target dueOn } userErrors { code field message } } }\n": types.SetIndicatorTargetDocument,
    "\n  mutation DefineIndicator($input: DefineIndicatorInput!) { defineIndicator(input: $input) { indicator { id } userErrors { code field message } } }\n": types.DefineIndicatorDocument,
    "\n  query CityProposals($cityIds: [ID!]) {\n    proposals(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version decisionNote recommendation { id title } } }\n    }\n  }\n": types.CityProposalsDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) { proposal { id } userErrors { code field message } }\n  }\n": types.CreateProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) { proposal { id version } userErrors { code field message } }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { proposal { id status } userErrors { code field message } } }\n": types.WithdrawProposalDocument,
    "\n  query Recommendations {\n    recommendations(first: 20) {\n      edges { node { id title adoptedOn body { text }\n        adoption { committed inProgress completed notPursued }\n        implementations(first: 50) { edges { node { id status progress city { id ...CityLink_city } } } } } }\n    }\n  }\n": types.RecommendationsDocument,
    "\n  mutation CommitToRecommendation($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n": types.CommitToRecommendationDocument,
    "\n  query NetworkSearch($q: String!) {\n    cities(first: 10, filter: { search: $q }) { totalCount edges { node { id slug name localName country } } }\n    practices(first: 10, filter: { search: $q }) { totalCount edges { node { id title summary city { ...CityLink_city } } } }\n    recommendations(first: 100) { edges { node { id title body { text } } } }\n    workingGroups(first: 100) { edges { node { id slug name { text } description } } }\n  }\n": types.NetworkSearchDocument,
    "\n  query SummitsPage {\n    summits(first: 50) {\n      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city } delegations { id } election { id termYear status } } }\n    }\n    presidencyTerms(first: 50) { edges { node { id year city { id name } } } }\n  }\n": types.SummitsPageDocument,
    "\n  query SummitPage {\n    summits(first: 30) {\n      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city }\n        delegations { id city { id country ...CityLink_city } head { name position } members { name position } }\n        election { id termYear status round winner { ...CityLink_city } } } }\n    }\n  }\n": types.SummitPageDocument,
    "\n  query DelegationChoices {\n    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }\n    network { eligibleCountries }\n  }\n": types.DelegationChoicesDocument,
    "\n  mutation CreateSummit($input: CreateSummitInput!) { createSummit(input: $input) { summit { id year } userErrors { code field message } } }\n": types.CreateSummitDocument,
    "\n  mutation RecordDelegation($input: RecordDelegationInput!) { recordDelegation(input: $input) { delegation { id } userErrors { code field message } } }\n": types.RecordDelegationDocument,
    "\n  query CityPractices($cityIds: [ID!]) {\n    practices(first: 100, filter: { cityIds: $cityIds }) {\n      edges { node { id title summary status visibility version body { text locale } } }\n    }\n  }\n": types.CityPracticesDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { practice { id } userErrors { code field message } }\n  }\n": types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { practice { id version } userErrors { code field message } }\n  }\n": types.UpdatePracticeDocument,
    "\n  mutation PublishPractice($input: PublishPracticeInput!) {\n    publishPractice(input: $input) { practice { id status } userErrors { code field message } }\n  }\n": types.PublishPracticeDocument,
    "\n  fragment CityLink_city on City { slug name }\n": types.CityLink_CityFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups setIndicatorTargets runMeetings manageMail editCityIds adminCityIds }\n    }\n  }\n": types.ViewerDocument,
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
export function graphql(source: "\n  query Bell {\n    viewer { notifications(first: 1) { unreadCount } }\n  }\n"): (typeof documents)["\n  query Bell {\n    viewer { notifications(first: 1) { unreadCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextMeetings($first: Int) {\n    viewer { nextMeetings(first: $first) { id kind startsAt endsAt timeZone icsUrl viewerRsvp workingGroup { id slug name { text } } } }\n  }\n"): (typeof documents)["\n  query NextMeetings($first: Int) {\n    viewer { nextMeetings(first: $first) { id kind startsAt endsAt timeZone icsUrl viewerRsvp workingGroup { id slug name { text } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }\n"): (typeof documents)["\n  fragment PracticeCard_practice on Practice { id title summary visibility city { id ...CityLink_city } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveNotifications {\n    notificationReceived { kind notificationId subjectId }\n  }\n"): (typeof documents)["\n  subscription LiveNotifications {\n    notificationReceived { kind notificationId subjectId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsPage($year: Int!) {\n    all: analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n    }\n    inYear: analytics(year: $year) {\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 20) {\n        recommendation { id title }\n        cities { city { id slug name country } status progress }\n        committed inProgress completed notPursued\n      }\n      indicatorProgress(termYear: $year) { indicator { id name unit } progress { latest percent onTrack target { baseline target dueOn } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue extraMeetings }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsPage($year: Int!) {\n    all: analytics {\n      membershipGrowth(interval: YEAR) { period count cumulative }\n    }\n    inYear: analytics(year: $year) {\n      implementationStatus(groupBy: COUNTRY) { key label counts { status count } averageProgress }\n      byRecommendation: implementationStatus(groupBy: RECOMMENDATION) { key label counts { status count } averageProgress }\n      recommendationAdoption(first: 20) {\n        recommendation { id title }\n        cities { city { id slug name country } status progress }\n        committed inProgress completed notPursued\n      }\n      indicatorProgress(termYear: $year) { indicator { id name unit } progress { latest percent onTrack target { baseline target dueOn } } }\n      workingGroupActivity(year: $year) { workingGroup { id name { text } } meetingsHeld meetingsDue extraMeetings }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportPage($year: Int!) {\n    annualReport(year: $year) {\n      year finalizedAt markdownUrl practicesShared\n      presidency { city { ...CityLink_city } }\n      newMembers { city { ...CityLink_city } memberSince }\n      proposals { submitted accepted declined withdrawn underReview }\n      implementations { byStatus { status count } }\n      workingGroups { group { name { text } } meetingsHeld meetingsDue }\n    }\n  }\n"): (typeof documents)["\n  query AnnualReportPage($year: Int!) {\n    annualReport(year: $year) {\n      year finalizedAt markdownUrl practicesShared\n      presidency { city { ...CityLink_city } }\n      newMembers { city { ...CityLink_city } memberSince }\n      proposals { submitted accepted declined withdrawn underReview }\n      implementations { byStatus { status count } }\n      workingGroups { group { name { text } } meetingsHeld meetingsDue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplyInfo { network { name eligibleCountries } }\n"): (typeof documents)["\n  query ApplyInfo { network { name eligibleCountries } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMembershipApplication($input: SubmitMembershipApplicationInput!) {\n    submitMembershipApplication(input: $input) { application { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SubmitMembershipApplication($input: SubmitMembershipApplicationInput!) {\n    submitMembershipApplication(input: $input) { application { id } userErrors { code field message } }\n  }\n"];
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
export function graphql(source: "\n  query CalendarFeed { viewer { calendarFeedUrl } }\n"): (typeof documents)["\n  query CalendarFeed { viewer { calendarFeedUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {\n    rotateCalendarFeed(input: $input) { calendarFeedUrl userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {\n    rotateCalendarFeed(input: $input) { calendarFeedUrl userErrors { code field message } }\n  }\n"];
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
export function graphql(source: "\n  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {\n    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {\n      edges { node { id cityName localName country mayorName contactName contactEmail contactPosition website population motivation submittedAt } }\n    }\n    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {\n      edges { node { id title summary status submittedAt city { ...CityLink_city } body { text } endorsements { id ...CityLink_city } workingGroup { id name { text } } recommendation { id } } }\n    }\n    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status round votesCast eligibleVoters candidates { city { id name } votes } } } } }\n    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }\n  }\n"): (typeof documents)["\n  query Desk($applications: Boolean!, $elections: Boolean!, $groups: Boolean!) {\n    membershipApplications(first: 50, filter: { statuses: [SUBMITTED] }) @include(if: $applications) {\n      edges { node { id cityName localName country mayorName contactName contactEmail contactPosition website population motivation submittedAt } }\n    }\n    proposals(first: 50, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED] }) {\n      edges { node { id title summary status submittedAt city { ...CityLink_city } body { text } endorsements { id ...CityLink_city } workingGroup { id name { text } } recommendation { id } } }\n    }\n    summits(first: 10) @include(if: $elections) { edges { node { id year title election { id termYear status round votesCast eligibleVoters candidates { city { id name } votes } } } } }\n    workingGroups(first: 50, filter: { statuses: [PROPOSED] }) @include(if: $groups) { edges { node { id name { text } proposedBy } } }\n  }\n"];
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
export function graphql(source: "\n  query GroupPage($slug: String!) {\n    workingGroup(slug: $slug) {\n      id slug status kind name { text } description lastRegularMeetingOn nextRegularMeetingDue isMeetingOverdue\n      members { city { id ...CityLink_city } focalPoint }\n      nextMeeting { id ...MeetingSummary_meeting }\n      meetings(first: 20) { edges { node { id kind status startsAt endsAt timeZone attendingCities { id }\n        meetingMinutes { status } } } }\n      meetingRequests { id reason requestedAt status respondedAt responseNote city { id ...CityLink_city } meeting { id startsAt } }\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($slug: String!) {\n    workingGroup(slug: $slug) {\n      id slug status kind name { text } description lastRegularMeetingOn nextRegularMeetingDue isMeetingOverdue\n      members { city { id ...CityLink_city } focalPoint }\n      nextMeeting { id ...MeetingSummary_meeting }\n      meetings(first: 20) { edges { node { id kind status startsAt endsAt timeZone attendingCities { id }\n        meetingMinutes { status } } } }\n      meetingRequests { id reason requestedAt status respondedAt responseNote city { id ...CityLink_city } meeting { id startsAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFeed($slug: String!) { workingGroup(slug: $slug) { id calendarFeedUrl } }\n"): (typeof documents)["\n  query GroupFeed($slug: String!) { workingGroup(slug: $slug) { id calendarFeedUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($input: JoinWorkingGroupInput!) {\n    joinWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($input: JoinWorkingGroupInput!) {\n    joinWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($input: LeaveWorkingGroupInput!) {\n    leaveWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($input: LeaveWorkingGroupInput!) {\n    leaveWorkingGroup(input: $input) { workingGroup { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExtraMeeting($input: RequestExtraMeetingInput!) {\n    requestExtraMeeting(input: $input) { request { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RequestExtraMeeting($input: RequestExtraMeetingInput!) {\n    requestExtraMeeting(input: $input) { request { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMeetingRequest($input: RespondToMeetingRequestInput!) {\n    respondToMeetingRequest(input: $input) { request { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RespondToMeetingRequest($input: RespondToMeetingRequestInput!) {\n    respondToMeetingRequest(input: $input) { request { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleGroupMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ScheduleGroupMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($cityIds: [ID!], $city: Boolean!, $secretariat: Boolean!, $review: Boolean!, $figures: Boolean!, $staleBefore: DateTime!) {\n    draftPractices: practices(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {\n      totalCount edges { node { id title city { id name } } }\n    }\n    draftProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {\n      totalCount edges { node { id title city { id name } } }\n    }\n    waitingProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $city) {\n      totalCount edges { node { id title status submittedAt city { id name } } }\n    }\n    staleImplementations: implementations(first: 20, filter: { cityIds: $cityIds, statuses: [PLANNED, IN_PROGRESS], updatedTo: $staleBefore }) @include(if: $city) {\n      totalCount edges { node { id status updatedAt city { id name } recommendation { title } sourcePractice { title } } }\n    }\n    applications: membershipApplications(first: 10, filter: { statuses: [SUBMITTED] }) @include(if: $secretariat) {\n      totalCount edges { node { id cityName country submittedAt } }\n    }\n    toReview: proposals(first: 10, filter: { statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $review) {\n      totalCount edges { node { id title status city { ...CityLink_city } } }\n    }\n    groups: workingGroups(first: 100, filter: { statuses: [ACTIVE] }) @include(if: $secretariat) {\n      edges { node { id slug name { text } isMeetingOverdue nextRegularMeetingDue } }\n    }\n    summits(first: 3) { edges { node { id year title election { id termYear status votesCast eligibleVoters } } } }\n    network {\n      memberCount\n      secretariat @include(if: $secretariat) { compliance { meetsMinimum problems } }\n    }\n    practiceCount: practices(first: 1, filter: { statuses: [PUBLISHED] }) @include(if: $figures) { totalCount }\n    recommendationCount: recommendations(first: 1) @include(if: $figures) { totalCount }\n    implementationCount: implementations(first: 1) @include(if: $figures) { totalCount }\n    completedCount: implementations(first: 1, filter: { statuses: [COMPLETED] }) @include(if: $figures) { totalCount }\n  }\n"): (typeof documents)["\n  query Home($cityIds: [ID!], $city: Boolean!, $secretariat: Boolean!, $review: Boolean!, $figures: Boolean!, $staleBefore: DateTime!) {\n    draftPractices: practices(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {\n      totalCount edges { node { id title city { id name } } }\n    }\n    draftProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [DRAFT] }) @include(if: $city) {\n      totalCount edges { node { id title city { id name } } }\n    }\n    waitingProposals: proposals(first: 20, filter: { cityIds: $cityIds, statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $city) {\n      totalCount edges { node { id title status submittedAt city { id name } } }\n    }\n    staleImplementations: implementations(first: 20, filter: { cityIds: $cityIds, statuses: [PLANNED, IN_PROGRESS], updatedTo: $staleBefore }) @include(if: $city) {\n      totalCount edges { node { id status updatedAt city { id name } recommendation { title } sourcePractice { title } } }\n    }\n    applications: membershipApplications(first: 10, filter: { statuses: [SUBMITTED] }) @include(if: $secretariat) {\n      totalCount edges { node { id cityName country submittedAt } }\n    }\n    toReview: proposals(first: 10, filter: { statuses: [SUBMITTED, UNDER_REVIEW] }) @include(if: $review) {\n      totalCount edges { node { id title status city { ...CityLink_city } } }\n    }\n    groups: workingGroups(first: 100, filter: { statuses: [ACTIVE] }) @include(if: $secretariat) {\n      edges { node { id slug name { text } isMeetingOverdue nextRegularMeetingDue } }\n    }\n    summits(first: 3) { edges { node { id year title election { id termYear status votesCast eligibleVoters } } } }\n    network {\n      memberCount\n      secretariat @include(if: $secretariat) { compliance { meetsMinimum problems } }\n    }\n    practiceCount: practices(first: 1, filter: { statuses: [PUBLISHED] }) @include(if: $figures) { totalCount }\n    recommendationCount: recommendations(first: 1) @include(if: $figures) { totalCount }\n    implementationCount: implementations(first: 1) @include(if: $figures) { totalCount }\n    completedCount: implementations(first: 1, filter: { statuses: [COMPLETED] }) @include(if: $figures) { totalCount }\n  }\n"];
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
export function graphql(source: "\n  query Inbox($unreadOnly: Boolean) {\n    viewer {\n      notifications(first: 50, unreadOnly: $unreadOnly) {\n        totalCount\n        unreadCount\n        edges { node { id kind title { text } body { text } url createdAt readAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($unreadOnly: Boolean) {\n    viewer {\n      notifications(first: 50, unreadOnly: $unreadOnly) {\n        totalCount\n        unreadCount\n        edges { node { id kind title { text } body { text } url createdAt readAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { marked userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { marked userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPage($id: ID!) {\n    node(id: $id) {\n      ... on Proposal {\n        id title summary status visibility submittedAt decidedAt decisionNote createdAt\n        body { text locale }\n        city { id ...CityLink_city }\n        workingGroup { id slug name { text } }\n        endorsements { id ...CityLink_city }\n        recommendation { id title }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalPage($id: ID!) {\n    node(id: $id) {\n      ... on Proposal {\n        id title summary status visibility submittedAt decidedAt decisionNote createdAt\n        body { text locale }\n        city { id ...CityLink_city }\n        workingGroup { id slug name { text } }\n        endorsements { id ...CityLink_city }\n        recommendation { id title }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorseProposal($input: EndorseProposalInput!) {\n    endorseProposal(input: $input) { proposal { id endorsements { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation EndorseProposal($input: EndorseProposalInput!) {\n    endorseProposal(input: $input) { proposal { id endorsements { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationPage($id: ID!) {\n    node(id: $id) {\n      ... on Recommendation {\n        id title adoptedOn\n        body { text locale }\n        source { proposal { id title city { ...CityLink_city } } workingGroup { id name { text } } summit { id year title } }\n        adoption { committed inProgress completed notPursued suspended cities }\n        implementations(first: 100) {\n          edges { node { id status progress updatedAt city { id ...CityLink_city } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationPage($id: ID!) {\n    node(id: $id) {\n      ... on Recommendation {\n        id title adoptedOn\n        body { text locale }\n        source { proposal { id title city { ...CityLink_city } } workingGroup { id name { text } } summit { id year title } }\n        adoption { committed inProgress completed notPursued suspended cities }\n        implementations(first: 100) {\n          edges { node { id status progress updatedAt city { id ...CityLink_city } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitFromPage($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CommitFromPage($input: CommitToRecommendationInput!) {\n    commitToRecommendation(input: $input) { implementation { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationPage($id: ID!) {\n    node(id: $id) {\n      ... on Implementation {\n        id status progress version visibility plannedStart plannedEnd createdAt updatedAt\n        city { id ...CityLink_city }\n        recommendation { id title }\n        sourcePractice { id title }\n        updates(first: 100) { edges { node { id at status progress note evidenceUrls author { id name } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementationPage($id: ID!) {\n    node(id: $id) {\n      ... on Implementation {\n        id status progress version visibility plannedStart plannedEnd createdAt updatedAt\n        city { id ...CityLink_city }\n        recommendation { id title }\n        sourcePractice { id title }\n        updates(first: 100) { edges { node { id at status progress note evidenceUrls author { id name } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElectionPage($id: ID!) {\n    node(id: $id) {\n      ... on PresidencyElection { id termYear status openedAt closedAt summit { id year title hostCity { ...CityLink_city } } }\n    }\n  }\n"): (typeof documents)["\n  query ElectionPage($id: ID!) {\n    node(id: $id) {\n      ... on PresidencyElection { id termYear status openedAt closedAt summit { id year title hostCity { ...CityLink_city } } }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment MeetingSummary_meeting on WorkingGroupMeeting {\n    id kind status startsAt endsAt timeZone onlineUrl location icsUrl version\n    workingGroup { id slug name { text } members { city { id slug name } } }\n    agendaItems { id position title description addedBy { id ...CityLink_city } proposal { id title } recommendation { id title } }\n    rsvpCounts { going notGoing maybe } viewerRsvp viewerMayRsvp viewerMayAddAgendaItem\n  }\n"): (typeof documents)["\n  fragment MeetingSummary_meeting on WorkingGroupMeeting {\n    id kind status startsAt endsAt timeZone onlineUrl location icsUrl version\n    workingGroup { id slug name { text } members { city { id slug name } } }\n    agendaItems { id position title description addedBy { id ...CityLink_city } proposal { id title } recommendation { id title } }\n    rsvpCounts { going notGoing maybe } viewerRsvp viewerMayRsvp viewerMayAddAgendaItem\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerMeeting($input: AnswerMeetingInvitationInput!) {\n    answerMeetingInvitation(input: $input) { meeting { id viewerRsvp rsvpCounts { going notGoing maybe } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AnswerMeeting($input: AnswerMeetingInvitationInput!) {\n    answerMeetingInvitation(input: $input) { meeting { id viewerRsvp rsvpCounts { going notGoing maybe } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    node(id: $id) {\n      ... on WorkingGroupMeeting {\n        id ...MeetingSummary_meeting\n        startsAt endsAt status\n        agendaItems { id title }\n        invitees { userId name city { id name } }\n        attendance { personName status city { id ...CityLink_city } }\n        attendingCities { id ...CityLink_city }\n        meetingMinutes { status version summary approvedAt contentHash markdownUrl\n          items { agendaItem { id } title notes decisions { key text recommendation { id title } }\n            actionItems { text dueOn ownerCity { id ...CityLink_city } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    node(id: $id) {\n      ... on WorkingGroupMeeting {\n        id ...MeetingSummary_meeting\n        startsAt endsAt status\n        agendaItems { id title }\n        invitees { userId name city { id name } }\n        attendance { personName status city { id ...CityLink_city } }\n        attendingCities { id ...CityLink_city }\n        meetingMinutes { status version summary approvedAt contentHash markdownUrl\n          items { agendaItem { id } title notes decisions { key text recommendation { id title } }\n            actionItems { text dueOn ownerCity { id ...CityLink_city } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMinutes($input: SaveMeetingMinutesInput!) {\n    saveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SaveMinutes($input: SaveMeetingMinutesInput!) {\n    saveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMinutes($input: ApproveMeetingMinutesInput!) {\n    approveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ApproveMinutes($input: ApproveMeetingMinutesInput!) {\n    approveMeetingMinutes(input: $input) { meeting { id } userErrors { code field message } }\n  }\n"];
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
export function graphql(source: "\n  mutation ProposeWorkingGroup($input: ProposeWorkingGroupInput!) {\n    proposeWorkingGroup(input: $input) { workingGroup { id slug } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ProposeWorkingGroup($input: ProposeWorkingGroupInput!) {\n    proposeWorkingGroup(input: $input) { workingGroup { id slug } userErrors { code field message } }\n  }\n"];
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
export function graphql(source: "\n  query PeopleGrants { viewer { can { grantCityRoles grantNetworkRoles manageSecretariat } } }\n"): (typeof documents)["\n  query PeopleGrants { viewer { can { grantCityRoles grantNetworkRoles manageSecretariat } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityPeople($cityIds: [ID!]) {\n    users(first: 100, filter: { cityIds: $cityIds }) {\n      totalCount\n      edges { node { id name email status memberships { role city { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query CityPeople($cityIds: [ID!]) {\n    users(first: 100, filter: { cityIds: $cityIds }) {\n      totalCount\n      edges { node { id name email status memberships { role city { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPeople($search: String, $after: String) {\n    users(first: 50, after: $after, filter: { search: $search }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email status networkRole memberships { role city { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query NetworkPeople($search: String, $after: String) {\n    users(first: 50, after: $after, filter: { search: $search }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email status networkRole memberships { role city { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatStaff {\n    network { secretariat { staff { id name position englishLevel } compliance { meetsMinimum problems } } }\n  }\n"): (typeof documents)["\n  query SecretariatStaff {\n    network { secretariat { staff { id name position englishLevel } compliance { meetsMinimum problems } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitation { id email } invitationToken userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitation { id email } invitationToken userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) { user { id networkRole memberships { role city { id } } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) { user { id networkRole memberships { role city { id } } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DeactivateUser($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($input: ReactivateUserInput!) { reactivateUser(input: $input) { user { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation ReactivateUser($input: ReactivateUserInput!) { reactivateUser(input: $input) { user { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSecretariatStaff($input: AddSecretariatStaffInput!) {\n    addSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AddSecretariatStaff($input: AddSecretariatStaffInput!) {\n    addSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSecretariatStaff($input: RemoveSecretariatStaffInput!) {\n    removeSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RemoveSecretariatStaff($input: RemoveSecretariatStaffInput!) {\n    removeSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }\n  }\n"];
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
export function graphql(source: "\n  query PresidencyPage {\n    network { currentPresidency { id year } }\n    presidencyTerms(first: 50) {\n      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }\n    }\n    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query PresidencyPage {\n    network { currentPresidency { id year } }\n    presidencyTerms(first: 50) {\n      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }\n    }\n    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresidencyTermPage($year: Int!, $signedIn: Boolean!) {\n    presidencyTerms(first: 50) {\n      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }\n    }\n    indicators(first: 50) @include(if: $signedIn) {\n      edges { node { id key name description unit direction scope source metric workingGroup { name { text } }\n        targets { termYear baseline target dueOn }\n        progress(termYear: $year) { latest percent onTrack } } }\n    }\n  }\n"): (typeof documents)["\n  query PresidencyTermPage($year: Int!, $signedIn: Boolean!) {\n    presidencyTerms(first: 50) {\n      edges { node { id year status mayorName city { ...CityLink_city } electedAt { year title } } }\n    }\n    indicators(first: 50) @include(if: $signedIn) {\n      edges { node { id key name description unit direction scope source metric workingGroup { name { text } }\n        targets { termYear baseline target dueOn }\n        progress(termYear: $year) { latest percent onTrack } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPresidencyTerm($input: RecordPresidencyTermInput!) { recordPresidencyTerm(input: $input) { term { id year } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation RecordPresidencyTerm($input: RecordPresidencyTermInput!) { recordPresidencyTerm(input: $input) { term { id year } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { termYear baseline target dueOn } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { termYear baseline target dueOn } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineIndicator($input: DefineIndicatorInput!) { defineIndicator(input: $input) { indicator { id } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DefineIndicator($input: DefineIndicatorInput!) { defineIndicator(input: $input) { indicator { id } userErrors { code field message } } }\n"];
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
export function graphql(source: "\n  query NetworkSearch($q: String!) {\n    cities(first: 10, filter: { search: $q }) { totalCount edges { node { id slug name localName country } } }\n    practices(first: 10, filter: { search: $q }) { totalCount edges { node { id title summary city { ...CityLink_city } } } }\n    recommendations(first: 100) { edges { node { id title body { text } } } }\n    workingGroups(first: 100) { edges { node { id slug name { text } description } } }\n  }\n"): (typeof documents)["\n  query NetworkSearch($q: String!) {\n    cities(first: 10, filter: { search: $q }) { totalCount edges { node { id slug name localName country } } }\n    practices(first: 10, filter: { search: $q }) { totalCount edges { node { id title summary city { ...CityLink_city } } } }\n    recommendations(first: 100) { edges { node { id title body { text } } } }\n    workingGroups(first: 100) { edges { node { id slug name { text } description } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummitsPage {\n    summits(first: 50) {\n      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city } delegations { id } election { id termYear status } } }\n    }\n    presidencyTerms(first: 50) { edges { node { id year city { id name } } } }\n  }\n"): (typeof documents)["\n  query SummitsPage {\n    summits(first: 50) {\n      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city } delegations { id } election { id termYear status } } }\n    }\n    presidencyTerms(first: 50) { edges { node { id year city { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummitPage {\n    summits(first: 30) {\n      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city }\n        delegations { id city { id country ...CityLink_city } head { name position } members { name position } }\n        election { id termYear status round winner { ...CityLink_city } } } }\n    }\n  }\n"): (typeof documents)["\n  query SummitPage {\n    summits(first: 30) {\n      edges { node { id year title motto startsOn endsOn venue isFounding hostCity { ...CityLink_city }\n        delegations { id city { id country ...CityLink_city } head { name position } members { name position } }\n        election { id termYear status round winner { ...CityLink_city } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationChoices {\n    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }\n    network { eligibleCountries }\n  }\n"): (typeof documents)["\n  query DelegationChoices {\n    cities(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }\n    network { eligibleCountries }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSummit($input: CreateSummitInput!) { createSummit(input: $input) { summit { id year } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CreateSummit($input: CreateSummitInput!) { createSummit(input: $input) { summit { id year } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDelegation($input: RecordDelegationInput!) { recordDelegation(input: $input) { delegation { id } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation RecordDelegation($input: RecordDelegationInput!) { recordDelegation(input: $input) { delegation { id } userErrors { code field message } } }\n"];
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups setIndicatorTargets runMeetings manageMail editCityIds adminCityIds }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user { id name email }\n      memberships { role city { id slug name } }\n      can { reviewApplications manageNetwork runElections viewAnalytics reviewProposals manageSecretariat approveWorkingGroups setIndicatorTargets runMeetings manageMail editCityIds adminCityIds }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;