/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 3166-1 alpha-2 country code; XK for Kosovo. */
  CountryCode: { input: string; output: string; }
  /** Calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** RFC 3339 date-time. */
  DateTime: { input: string; output: string; }
  /** E-mail address. */
  Email: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** Absolute http(s) URL. */
  URL: { input: string; output: string; }
};

/** The input of acceptInvitation. */
export type AcceptInvitationInput = {
  /** The person's name; required when the invitation creates the account, ignored otherwise. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Their new password, 12 to 1,024 bytes; required when the invitation creates the account, ignored otherwise (an invitation never changes an existing account's password). */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The invitation token the inviter passed on. */
  token: Scalars['String']['input'];
};

/** The answer of acceptInvitation: what it changed, or userErrors and nothing changed (contract C4). */
export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  /** When the new session expires; null without a new session. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The new session's bearer token when the account was created; null when it failed or the signed-in owner of an existing account accepted (their session goes on). */
  token?: Maybe<Scalars['String']['output']>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The viewer as it is after the mutation; null when it failed. */
  viewer?: Maybe<Viewer>;
};

/** A task agreed at a meeting. */
export type ActionItem = {
  __typename?: 'ActionItem';
  /** When it is due. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The city that owns it. */
  ownerCity?: Maybe<City>;
  /** What is to be done. */
  text: Scalars['String']['output'];
};

/** An action item to save. */
export type ActionItemInput = {
  /** When it is due. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** The owner city (global ID). */
  ownerCityId?: InputMaybe<Scalars['ID']['input']>;
  /** What is to be done. */
  text: Scalars['String']['input'];
};

/** The input of addAgendaItem. */
export type AddAgendaItemInput = {
  /** The member city adding it (an editor's city); leave out when the lead side adds it. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** More detail. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
  /** A submitted proposal it discusses. */
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  /** A recommendation it discusses. */
  recommendationId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is about (1..300 characters). */
  title: Scalars['String']['input'];
};

/** The input of addSecretariatStaff. */
export type AddSecretariatStaffInput = {
  /** Their level of English. */
  englishLevel: CefrLevel;
  /** The person's name. */
  name: Scalars['String']['input'];
  /** Their post. */
  position: SecretariatPosition;
};

/** The answer of addSecretariatStaff: what it changed, or userErrors and nothing changed (contract C4). */
export type AddSecretariatStaffPayload = {
  __typename?: 'AddSecretariatStaffPayload';
  /** The secretariat as it is after the mutation; null when it failed. */
  secretariat?: Maybe<Secretariat>;
  /** The staff as it is after the mutation; null when it failed. */
  staff?: Maybe<SecretariatStaff>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of adoptPractice. */
export type AdoptPracticeInput = {
  /** The adopting city. */
  cityId: Scalars['ID']['input'];
  /** Makes retries safe: a retry with the same key returns the first result instead of creating another (contract C6). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it plans to finish. */
  plannedEnd?: InputMaybe<Scalars['Date']['input']>;
  /** When the city plans to start. */
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  /** The practice (global ID). */
  practiceId: Scalars['ID']['input'];
  /** Who may see the implementation. */
  visibility?: InputMaybe<Visibility>;
};

/** The answer of adoptPractice: what it changed, or userErrors and nothing changed (contract C4). */
export type AdoptPracticePayload = {
  __typename?: 'AdoptPracticePayload';
  /** The implementation as it is after the mutation; null when it failed. */
  implementation?: Maybe<Implementation>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of adoptRecommendation. */
export type AdoptRecommendationInput = {
  /** When it was adopted (default today). */
  adoptedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Its text, in one or more languages. */
  body: Array<TranslationInput>;
  /** Makes retries safe: a retry with the same key returns the first result instead of creating another (contract C6). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** An ACCEPTED proposal. */
  sourceProposalId?: InputMaybe<Scalars['ID']['input']>;
  /** The summit (global ID). */
  summitId?: InputMaybe<Scalars['ID']['input']>;
  /** The recommendation's title. */
  title: Scalars['String']['input'];
  /** The working group (global ID). */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of adoptRecommendation: what it changed, or userErrors and nothing changed (contract C4). */
export type AdoptRecommendationPayload = {
  __typename?: 'AdoptRecommendationPayload';
  /** The recommendation as it is after the mutation; null when it failed. */
  recommendation?: Maybe<Recommendation>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** How many cities' implementations (that the caller may see) are at each stage. */
export type Adoption = {
  __typename?: 'Adoption';
  /** Cities with any implementation. */
  cities: Scalars['Int']['output'];
  /** Cities that committed (every status). */
  committed: Scalars['Int']['output'];
  /** Implementations done. */
  completed: Scalars['Int']['output'];
  /** Implementations under way. */
  inProgress: Scalars['Int']['output'];
  /** Implementations given up. */
  notPursued: Scalars['Int']['output'];
  /** Implementations paused. */
  suspended: Scalars['Int']['output'];
};

/** One point of a meeting's agenda. */
export type AgendaItem = Node & {
  __typename?: 'AgendaItem';
  /** The member city that added it; null when the lead side did. */
  addedBy?: Maybe<City>;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** More detail. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** Its place on the agenda, from 1. */
  position: Scalars['Int']['output'];
  /** The proposal it discusses, when the caller may see it. */
  proposal?: Maybe<Proposal>;
  /** The recommendation it discusses. */
  recommendation?: Maybe<Recommendation>;
  /** What it is about. */
  title: Scalars['String']['output'];
};

/** Network-wide figures, computed in PostgreSQL; nothing PRIVATE is counted across cities. The figures are the same for every caller allowed to see them and may be up to 15 seconds old. */
export type Analytics = {
  __typename?: 'Analytics';
  /** Cities ranked by how much they take part. */
  cityEngagement: Array<CityEngagement>;
  /** Implementations by status, grouped. */
  implementationStatus: Array<StatusBreakdown>;
  /** Every indicator with a target for the term, with its progress. */
  indicatorProgress: Array<IndicatorProgressRow>;
  /** Cities joining per period, with running totals. */
  membershipGrowth: Array<TimeCount>;
  /** A page of recommendations, newest first, each with every city's latest implementation. */
  recommendationAdoption: Array<RecommendationAdoptionRow>;
  /** What each working group did in the year. */
  workingGroupActivity: Array<WorkingGroupActivity>;
};


/** Network-wide figures, computed in PostgreSQL; nothing PRIVATE is counted across cities. The figures are the same for every caller allowed to see them and may be up to 15 seconds old. */
export type AnalyticsCityEngagementArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Network-wide figures, computed in PostgreSQL; nothing PRIVATE is counted across cities. The figures are the same for every caller allowed to see them and may be up to 15 seconds old. */
export type AnalyticsImplementationStatusArgs = {
  groupBy: ImplementationGrouping;
};


/** Network-wide figures, computed in PostgreSQL; nothing PRIVATE is counted across cities. The figures are the same for every caller allowed to see them and may be up to 15 seconds old. */
export type AnalyticsIndicatorProgressArgs = {
  termYear: Scalars['Int']['input'];
};


/** Network-wide figures, computed in PostgreSQL; nothing PRIVATE is counted across cities. The figures are the same for every caller allowed to see them and may be up to 15 seconds old. */
export type AnalyticsMembershipGrowthArgs = {
  interval: TimeInterval;
};


/** Network-wide figures, computed in PostgreSQL; nothing PRIVATE is counted across cities. The figures are the same for every caller allowed to see them and may be up to 15 seconds old. */
export type AnalyticsRecommendationAdoptionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Network-wide figures, computed in PostgreSQL; nothing PRIVATE is counted across cities. The figures are the same for every caller allowed to see them and may be up to 15 seconds old. */
export type AnalyticsWorkingGroupActivityArgs = {
  year: Scalars['Int']['input'];
};

/** The term's annual report (R5.2): live (up to 15 seconds old) until finalized, then frozen. */
export type AnnualReport = {
  __typename?: 'AnnualReport';
  /** When the report was frozen; null while it is live. */
  finalizedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When these figures were computed. */
  generatedAt: Scalars['DateTime']['output'];
  /** Implementations by status. */
  implementations: ReportImplementations;
  /** Indicators against their targets. */
  indicators: Array<ReportIndicator>;
  /** GET it with the same credentials: Markdown with tables. */
  markdownUrl: Scalars['String']['output'];
  /** Cities that joined in the year. */
  newMembers: Array<ReportNewMember>;
  /** Practices adopted by another city that year: the transfer of practices. */
  practicesAdopted: Scalars['Int']['output'];
  /** Practices published (not PRIVATE) that year. */
  practicesShared: Scalars['Int']['output'];
  /** The year's presidency. */
  presidency?: Maybe<ReportPresidency>;
  /** Proposals by outcome. */
  proposals: ReportProposals;
  /** Recommendations and their take-up. */
  recommendations: Array<ReportRecommendation>;
  /** The year's summit. */
  summit?: Maybe<Summit>;
  /** Working groups' meetings. */
  workingGroups: Array<ReportWorkingGroup>;
  /** The report's year. */
  year: Scalars['Int']['output'];
};

/** The input of answerMeetingInvitation. */
export type AnswerMeetingInvitationInput = {
  /** The answer. */
  answer: RsvpAnswer;
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
};

/** A read-only token for scripts and analytics tools; its secret was shown once. */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** The city of a CITY_VIEWER token. */
  city?: Maybe<City>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working (at most a year after creation). */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** A name to recognise it by. */
  name?: Maybe<Scalars['String']['output']>;
  /** When it was revoked, if it was. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The scope it acts with. */
  role: ApiTokenRole;
};

/** The read scopes an API token can act with. */
export type ApiTokenRole =
  /** Network analytics, as an analyst. */
  | 'ANALYST'
  /** One city's workspace, read-only. */
  | 'CITY_VIEWER';

/** The input of approveMeetingMinutes. */
export type ApproveMeetingMinutesInput = {
  /** The minutes' version read. */
  expectedVersion: Scalars['Int']['input'];
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
};

/** The input of approveWorkingGroup. */
export type ApproveWorkingGroupInput = {
  /** The working group (global ID). */
  workingGroupId: Scalars['ID']['input'];
};

/** The answer of approveWorkingGroup: what it changed, or userErrors and nothing changed (contract C4). */
export type ApproveWorkingGroupPayload = {
  __typename?: 'ApproveWorkingGroupPayload';
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The working group as it is after the mutation; null when it failed. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** One person's attendance. */
export type AttendanceEntryInput = {
  /** What to record. */
  status: AttendanceStatus;
  /** The person (global User ID, from invitees). */
  userId: Scalars['ID']['input'];
};

/** What the lead side recorded of a person after a meeting. */
export type AttendanceStatus =
  /** Absent. */
  | 'ABSENT'
  /** Excused. */
  | 'EXCUSED'
  /** Attended in person. */
  | 'PRESENT'
  /** Attended online. */
  | 'REMOTE';

/** One successful mutation (reads are not audited). */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** The mutation, e.g. "submitProposal". */
  action: Scalars['String']['output'];
  /** Who did it (null for the public or the system, or someone the caller may not see). */
  actor?: Maybe<User>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** What changed: ids, statuses and visibility, never the text of workspace items. */
  changes: Scalars['JSON']['output'];
  /** The city the change belongs to; null for network-level changes. */
  city?: Maybe<City>;
  /** The changed entity's global ID. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The type of what changed. */
  entityType: Scalars['String']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The request that made it, to match the server's log. */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** A page of audit event items (Relay connection, contract C3). */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<AuditEventEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One audit event in a page, with its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEvent;
};

/** Narrows a list of audit event items; every field given must hold (AND), lists match any of their values. */
export type AuditEventFilter = {
  /** Only these actions. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only events by these users (global IDs). */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Events at or after this instant. */
  atFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events before this instant. */
  atTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only items of these cities (global IDs). */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only changes to these types. */
  entityTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Events at or after this instant.
   * @deprecated Use atFrom: filters name the date they range over.
   */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Events before this instant.
   * @deprecated Use atTo: filters name the date they range over.
   */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Common European Framework of Reference level. */
export type CefrLevel =
  /** Breakthrough. */
  | 'A1'
  /** Waystage. */
  | 'A2'
  /** Threshold. */
  | 'B1'
  /** Vantage (the least R3.3's "good English" accepts). */
  | 'B2'
  /** Effective operational proficiency. */
  | 'C1'
  /** Mastery. */
  | 'C2';

/** Whose calendar a feed shows. */
export type CalendarFeedScope =
  /** A city's groups' meetings and the summits. */
  | 'CITY'
  /** The person's own meetings (their cities' groups; every group for the lead side) and the summits. */
  | 'PERSON'
  /** One working group's meetings. */
  | 'WORKING_GROUP';

/** The input of cancelMeeting. */
export type CancelMeetingInput = {
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
};

/** The input of castVote. */
export type CastVoteInput = {
  /** The candidate voted for (global ID). */
  candidateCityId: Scalars['ID']['input'];
  /** The presidency election (global ID). */
  electionId: Scalars['ID']['input'];
  /** The voting city, when the caller administers more than one. */
  voterCityId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of castVote: what it changed, or userErrors and nothing changed (contract C4). */
export type CastVotePayload = {
  __typename?: 'CastVotePayload';
  /** The election as it is after the mutation; null when it failed. */
  election?: Maybe<PresidencyElection>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of changePassword. */
export type ChangePasswordInput = {
  /** The password now. */
  currentPassword: Scalars['String']['input'];
  /** The new password: 12 to 1,024 bytes. */
  newPassword: Scalars['String']['input'];
};

/** The answer of changePassword: what it changed, or userErrors and nothing changed (contract C4). */
export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The viewer as it is after the mutation; null when it failed. */
  viewer?: Maybe<Viewer>;
};

/** A city of the network, member or former member. Its workspace items are its proposals, practices and implementations. */
export type City = Node & {
  __typename?: 'City';
  /** The caller's subscription feed of this city's groups' meetings and the summits (text/calendar; null unless the caller belongs to the city). */
  calendarFeedUrl?: Maybe<Scalars['URL']['output']>;
  /** Its country (ISO 3166-1 alpha-2, XK for Kosovo). */
  country: Scalars['CountryCode']['output'];
  /** Its country's English name. */
  countryName: Scalars['String']['output'];
  /** Its delegations to summits, newest first. */
  delegations: Array<Delegation>;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The city's implementations the caller may see. */
  implementations: ImplementationConnection;
  /** Derived from attendance at the founding summit (R6.1). */
  isFoundingMember: Scalars['Boolean']['output'];
  /** How the city joined; null when not on record (cities entered from public reports). */
  joinRoute?: Maybe<JoinRoute>;
  /** The city's name in its own language. */
  localName?: Maybe<Scalars['String']['output']>;
  /** Where it is, when on record. */
  location?: Maybe<GeoPoint>;
  /** Its mayor, when on record. */
  mayorName?: Maybe<Scalars['String']['output']>;
  /** When it joined, when on record. */
  memberSince?: Maybe<Scalars['Date']['output']>;
  /** The city's name in English. */
  name: Scalars['String']['output'];
  /** Inhabitants, when on record. */
  population?: Maybe<Scalars['Int']['output']>;
  /** The city's practices the caller may see. */
  practices: PracticeConnection;
  /** The presidency terms it held or holds. */
  presidencyTerms: Array<PresidencyTerm>;
  /** The city's proposals the caller may see. */
  proposals: ProposalConnection;
  /** URL-safe unique name, e.g. "istanbul". */
  slug: Scalars['String']['output'];
  /** Whether it is a member now. */
  status: CityStatus;
  /** Guards updateCity against lost updates (contract C6). */
  version: Scalars['Int']['output'];
  /** The municipality's website. */
  website?: Maybe<Scalars['URL']['output']>;
  /** The working groups it belongs to. */
  workingGroups: Array<WorkingGroup>;
};


/** A city of the network, member or former member. Its workspace items are its proposals, practices and implementations. */
export type CityImplementationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImplementationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ImplementationOrder>;
};


/** A city of the network, member or former member. Its workspace items are its proposals, practices and implementations. */
export type CityPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PracticeOrder>;
};


/** A city of the network, member or former member. Its workspace items are its proposals, practices and implementations. */
export type CityProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProposalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProposalOrder>;
};

/** One city's take-up of a recommendation. */
export type CityAdoption = {
  __typename?: 'CityAdoption';
  /** The city. */
  city: City;
  /** Percent done. */
  progress: Scalars['Int']['output'];
  /** Where its implementation stands. */
  status: ImplementationStatus;
};

/** A page of city items (Relay connection, contract C3). */
export type CityConnection = {
  __typename?: 'CityConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<CityEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One city in a page, with its cursor. */
export type CityEdge = {
  __typename?: 'CityEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: City;
};

/** How much a city takes part in the network. */
export type CityEngagement = {
  __typename?: 'CityEngagement';
  /** The city. */
  city: City;
  /** Implementations it completed. */
  completed: Scalars['Int']['output'];
  /** Proposals it endorsed. */
  endorsementsGiven: Scalars['Int']['output'];
  /** Implementations it runs. */
  implementations: Scalars['Int']['output'];
  /** Meetings it attended. */
  meetingsAttended: Scalars['Int']['output'];
  /** Practices it published. */
  practicesShared: Scalars['Int']['output'];
  /** Proposals it submitted. */
  proposalsSubmitted: Scalars['Int']['output'];
  /** A weighted sum of the above, for ranking. */
  score: Scalars['Int']['output'];
  /** Working groups it belongs to. */
  workingGroups: Scalars['Int']['output'];
};

/** Narrows a list of city items; every field given must hold (AND), lists match any of their values. */
export type CityFilter = {
  /** Only items of these cities (global IDs). */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only items of cities in these countries. */
  countries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Only cities that joined these ways. */
  joinRoutes?: InputMaybe<Array<JoinRoute>>;
  /** Only cities that joined on or after this date. */
  memberSinceFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only cities that joined before this date. */
  memberSinceTo?: InputMaybe<Scalars['Date']['input']>;
  /** Case-insensitive substring of name, local name or slug. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only items in these statuses. */
  statuses?: InputMaybe<Array<CityStatus>>;
};

/** A person's role in one city. */
export type CityMembership = {
  __typename?: 'CityMembership';
  /** The city. */
  city: City;
  /** The role. */
  role: CityRole;
};

/** How a list of city items is ordered. */
export type CityOrder = {
  /** Ascending or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: CityOrderField;
};

/** What a list of city items can be ordered by. */
export type CityOrderField =
  /** By country code, then name. */
  | 'COUNTRY'
  /** By the date they joined (unknown last). */
  | 'MEMBER_SINCE'
  /** By English name. */
  | 'NAME'
  /** By population (unknown last). */
  | 'POPULATION';

/** A role within one city. */
export type CityRole =
  /** Runs the city's workspace and its people; votes for the city. */
  | 'CITY_ADMIN'
  /** Writes the city's workspace. */
  | 'CITY_EDITOR'
  /** Reads the city's workspace. */
  | 'CITY_VIEWER';

/** Where a city stands in the network. */
export type CityStatus =
  /** A member city. */
  | 'ACTIVE'
  /** Membership suspended by the secretariat: it neither counts as a member nor votes. */
  | 'SUSPENDED'
  /** Left the network; attending a summit makes it ACTIVE again (R6.2). */
  | 'WITHDRAWN';

/** The input of closePresidencyElection. */
export type ClosePresidencyElectionInput = {
  /** The presidency election (global ID). */
  electionId: Scalars['ID']['input'];
};

/** The answer of closePresidencyElection: what it changed, or userErrors and nothing changed (contract C4). */
export type ClosePresidencyElectionPayload = {
  __typename?: 'ClosePresidencyElectionPayload';
  /** The election as it is after the mutation; null when it failed. */
  election?: Maybe<PresidencyElection>;
  /** The term the winner takes (null after a tie, which opens a runoff). */
  term?: Maybe<PresidencyTerm>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of closeWorkingGroup. */
export type CloseWorkingGroupInput = {
  /** The working group (global ID). */
  workingGroupId: Scalars['ID']['input'];
};

/** The answer of closeWorkingGroup: what it changed, or userErrors and nothing changed (contract C4). */
export type CloseWorkingGroupPayload = {
  __typename?: 'CloseWorkingGroupPayload';
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The working group as it is after the mutation; null when it failed. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** The input of commitToRecommendation. */
export type CommitToRecommendationInput = {
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** Makes retries safe: a retry with the same key returns the first result instead of creating another (contract C6). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it plans to finish. */
  plannedEnd?: InputMaybe<Scalars['Date']['input']>;
  /** When the city plans to start. */
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  /** The recommendation (global ID). */
  recommendationId: Scalars['ID']['input'];
  /** Who may see the implementation. */
  visibility?: InputMaybe<Visibility>;
};

/** The answer of commitToRecommendation: what it changed, or userErrors and nothing changed (contract C4). */
export type CommitToRecommendationPayload = {
  __typename?: 'CommitToRecommendationPayload';
  /** The implementation as it is after the mutation; null when it failed. */
  implementation?: Maybe<Implementation>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of createApiToken. */
export type CreateApiTokenInput = {
  /** Required for CITY_VIEWER: a city where the caller has a role. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Default 90 days; at most a year. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A name to recognise the token by. */
  name: Scalars['String']['input'];
  /** The read-only scope it acts with; the caller must hold it. */
  role: ApiTokenRole;
};

/** The answer of createApiToken: what it changed, or userErrors and nothing changed (contract C4). */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The api token as it is after the mutation; null when it failed. */
  apiToken?: Maybe<ApiToken>;
  /** Shown once: store it now. */
  token?: Maybe<Scalars['String']['output']>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of createCity. */
export type CreateCityInput = {
  /** Its country; must be eligible. */
  country: Scalars['CountryCode']['input'];
  /** How it joined. */
  joinRoute?: InputMaybe<JoinRoute>;
  /** Its name in its own language. */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Where it is. */
  location?: InputMaybe<GeoPointInput>;
  /** Its mayor. */
  mayorName?: InputMaybe<Scalars['String']['input']>;
  /** When it joined. */
  memberSince?: InputMaybe<Scalars['Date']['input']>;
  /** Its name in English. */
  name: Scalars['String']['input'];
  /** Inhabitants. */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to the name's slug. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** The municipality's website. */
  website?: InputMaybe<Scalars['URL']['input']>;
};

/** The answer of createCity: what it changed, or userErrors and nothing changed (contract C4). */
export type CreateCityPayload = {
  __typename?: 'CreateCityPayload';
  /** The city as it is after the mutation; null when it failed. */
  city?: Maybe<City>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of createPractice. */
export type CreatePracticeInput = {
  /** The full text, in one or more languages. */
  body: Array<TranslationInput>;
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** Who to contact. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Makes retries safe: a retry with the same key returns the first result instead of creating another (contract C6). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Links to more. */
  links?: InputMaybe<Array<Scalars['URL']['input']>>;
  /** What it achieved. */
  results?: InputMaybe<Scalars['String']['input']>;
  /** The Sustainable Development Goals it serves (1..17). */
  sdgs?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** A short summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
  /** Who may see it once published. */
  visibility?: InputMaybe<Visibility>;
  /** The working groups it relates to. */
  workingGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The answer of createPractice: what it changed, or userErrors and nothing changed (contract C4). */
export type CreatePracticePayload = {
  __typename?: 'CreatePracticePayload';
  /** The practice as it is after the mutation; null when it failed. */
  practice?: Maybe<Practice>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of createProposal. */
export type CreateProposalInput = {
  /** The full text, in one or more languages. */
  body: Array<TranslationInput>;
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** Makes retries safe: a retry with the same key returns the first result instead of creating another (contract C6). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A short summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
  /** Who may see it once submitted (not PRIVATE). */
  visibility?: InputMaybe<Visibility>;
  /** Omit for the summit agenda. */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of createProposal: what it changed, or userErrors and nothing changed (contract C4). */
export type CreateProposalPayload = {
  __typename?: 'CreateProposalPayload';
  /** The proposal as it is after the mutation; null when it failed. */
  proposal?: Maybe<Proposal>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of createSummit. */
export type CreateSummitInput = {
  /** Last day, not before the first. */
  endsOn: Scalars['Date']['input'];
  /** The city holding that year's presidency (R2.5). */
  hostCityId: Scalars['ID']['input'];
  /** True only for the founding summit (there is one). */
  isFounding?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its motto. */
  motto?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  startsOn: Scalars['Date']['input'];
  /** Its title. */
  title: Scalars['String']['input'];
  /** Where. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** The year it opens in (one a year). */
  year: Scalars['Int']['input'];
};

/** The answer of createSummit: what it changed, or userErrors and nothing changed (contract C4). */
export type CreateSummitPayload = {
  __typename?: 'CreateSummitPayload';
  /** The summit as it is after the mutation; null when it failed. */
  summit?: Maybe<Summit>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of deactivateUser. */
export type DeactivateUserInput = {
  /** The user (global ID). */
  userId: Scalars['ID']['input'];
};

/** The answer of deactivateUser: what it changed, or userErrors and nothing changed (contract C4). */
export type DeactivateUserPayload = {
  __typename?: 'DeactivateUserPayload';
  /** The user as it is after the mutation; null when it failed. */
  user?: Maybe<User>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of declareCandidacy. */
export type DeclareCandidacyInput = {
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** The presidency election (global ID). */
  electionId: Scalars['ID']['input'];
};

/** The answer of declareCandidacy: what it changed, or userErrors and nothing changed (contract C4). */
export type DeclareCandidacyPayload = {
  __typename?: 'DeclareCandidacyPayload';
  /** The election as it is after the mutation; null when it failed. */
  election?: Maybe<PresidencyElection>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of defineIndicator. */
export type DefineIndicatorInput = {
  /** What it measures. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Which way is better. */
  direction: IndicatorDirection;
  /** Its machine name; made from the name when not given. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The live figure (DERIVED only). */
  metric?: InputMaybe<IndicatorMetric>;
  /** Its name. */
  name: Scalars['String']['input'];
  /** How city values roll up (CITY scope). */
  rollup?: InputMaybe<IndicatorRollup>;
  /** What it measures. */
  scope: IndicatorScope;
  /** Manual or derived. */
  source: IndicatorSource;
  /** The unit of its values. */
  unit: Scalars['String']['input'];
  /** The working group (global ID). */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of defineIndicator: what it changed, or userErrors and nothing changed (contract C4). */
export type DefineIndicatorPayload = {
  __typename?: 'DefineIndicatorPayload';
  /** The indicator as it is after the mutation; null when it failed. */
  indicator?: Maybe<Indicator>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** A city's delegation to a summit; attending makes a Balkan city a member (R6.2). */
export type Delegation = Node & {
  __typename?: 'Delegation';
  /** The city. */
  city: City;
  /** Null when the head of the delegation is not on record. */
  head?: Maybe<DelegationMember>;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The delegation's other members. */
  members: Array<DelegationMember>;
  /** The summit attended. */
  summit: Summit;
};

/** A person in a city's delegation. */
export type DelegationMember = {
  __typename?: 'DelegationMember';
  /** The person's name. */
  name: Scalars['String']['output'];
  /** Their post, e.g. "Mayor". */
  position?: Maybe<Scalars['String']['output']>;
};

/** The input of delegationMember. */
export type DelegationMemberInput = {
  /** The person's name. */
  name: Scalars['String']['input'];
  /** Their post. */
  position?: InputMaybe<Scalars['String']['input']>;
};

/** The input of endorseProposal. */
export type EndorseProposalInput = {
  /** The endorsing city (not the author). */
  cityId: Scalars['ID']['input'];
  /** The proposal (global ID). */
  proposalId: Scalars['ID']['input'];
};

/** The answer of endorseProposal: what it changed, or userErrors and nothing changed (contract C4). */
export type EndorseProposalPayload = {
  __typename?: 'EndorseProposalPayload';
  /** The proposal as it is after the mutation; null when it failed. */
  proposal?: Maybe<Proposal>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** Values of extensions.code on top-level GraphQL errors (contract C5). */
export type ErrorCode =
  /** The operation would cost more than the server's complexity budget (20,000). */
  | 'COMPLEXITY_LIMIT_EXCEEDED'
  /** The operation nests deeper than 12 levels. */
  | 'DEPTH_LIMIT_EXCEEDED'
  /** The caller is signed in but its role may not do this; or, on a server with B40_DOCUMENTS=trusted, a request without an API token sent a document that is not the app's own. */
  | 'FORBIDDEN'
  /** An unexpected failure; the message holds only a requestId to quote, details go to the server's log. */
  | 'INTERNAL'
  /** The request is malformed: a parse or validation error, a bad variable, a bad ID, a NUL character, a refused shape. */
  | 'INVALID_INPUT'
  /** The object does not exist, or the caller may not see it (the two answer alike). */
  | 'NOT_FOUND'
  /** The documentId or APQ hash (extensions.persistedQuery.sha256Hash) names no document this server knows (the message is "PersistedQueryNotFound", as Apollo clients expect): send the document's text, with its hash to register it (APQ). */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Too many attempts (sign-ins, invitations, applications) from this address or for this account; wait and retry. */
  | 'RATE_LIMITED'
  /** The server runs read-only (its binary is older than the database schema); mutations are refused. */
  | 'READ_ONLY'
  /** The caller already holds as many live streams (subscriptions) on this server as one person may (5); close one and retry. */
  | 'TOO_MANY_CONNECTIONS'
  /** The request needs a signed-in caller, or its token is invalid, expired or revoked (HTTP 401 for a bad token). */
  | 'UNAUTHENTICATED'
  /** The database is down or restarting; retry after the Retry-After header (HTTP 503). */
  | 'UNAVAILABLE';

/** The session to schedule when accepting a request. */
export type ExtraMeetingInput = {
  /** What it will discuss. */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** Its link (extra sessions are online). */
  onlineUrl: Scalars['URL']['input'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
};

/** The input of finalizeAnnualReport. */
export type FinalizeAnnualReportInput = {
  /** The year to freeze. */
  year: Scalars['Int']['input'];
};

/** The answer of finalizeAnnualReport: what it changed, or userErrors and nothing changed (contract C4). */
export type FinalizeAnnualReportPayload = {
  __typename?: 'FinalizeAnnualReportPayload';
  /** The report as it is after the mutation; null when it failed. */
  report?: Maybe<AnnualReport>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** A point on the map (WGS 84). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude in degrees. */
  lat: Scalars['Float']['output'];
  /** Longitude in degrees. */
  lng: Scalars['Float']['output'];
};

/** The input of geoPoint. */
export type GeoPointInput = {
  /** Latitude in degrees (-90..90). */
  lat: Scalars['Float']['input'];
  /** Longitude in degrees (-180..180). */
  lng: Scalars['Float']['input'];
};

/** A city's voluntary implementation of a recommendation or of another city's practice. */
export type Implementation = Node & {
  __typename?: 'Implementation';
  /** The implementing city. */
  city: City;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The newest entry of its timeline. */
  latestUpdate?: Maybe<ImplementationUpdate>;
  /** When the city plans to finish. */
  plannedEnd?: Maybe<Scalars['Date']['output']>;
  /** When the city plans to start. */
  plannedStart?: Maybe<Scalars['Date']['output']>;
  /** Percent done, 0..100. */
  progress: Scalars['Int']['output'];
  /** The recommendation implemented, if it is one. */
  recommendation?: Maybe<Recommendation>;
  /** The practice this implementation adopts, when it came from one. */
  sourcePractice?: Maybe<Practice>;
  /** Where it stands. */
  status: ImplementationStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The timeline, newest first; never rewritten. */
  updates: ImplementationUpdateConnection;
  /** Raised by every change; send it back as expectedVersion (contract C6). */
  version: Scalars['Int']['output'];
  /** Who may see it. */
  visibility: Visibility;
};


/** A city's voluntary implementation of a recommendation or of another city's practice. */
export type ImplementationUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of implementation items (Relay connection, contract C3). */
export type ImplementationConnection = {
  __typename?: 'ImplementationConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ImplementationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One implementation in a page, with its cursor. */
export type ImplementationEdge = {
  __typename?: 'ImplementationEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Implementation;
};

/** Narrows a list of implementation items; every field given must hold (AND), lists match any of their values. */
export type ImplementationFilter = {
  /** Only items of these cities (global IDs). */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only items of cities in these countries. */
  countries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Only implementations of these recommendations. */
  recommendationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only items in these statuses. */
  statuses?: InputMaybe<Array<ImplementationStatus>>;
  /** Only implementations updated at or after this instant. */
  updatedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only implementations updated before this instant. */
  updatedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only items with these visibilities. */
  visibilities?: InputMaybe<Array<Visibility>>;
  /** Implementations of recommendations from these working groups. */
  workingGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What implementation figures are grouped by. */
export type ImplementationGrouping =
  /** By city. */
  | 'CITY'
  /** By country. */
  | 'COUNTRY'
  /** By recommendation. */
  | 'RECOMMENDATION'
  /** By the recommendation's working group. */
  | 'WORKING_GROUP';

/** How a list of implementation items is ordered. */
export type ImplementationOrder = {
  /** Ascending or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: ImplementationOrderField;
};

/** What a list of implementation items can be ordered by. */
export type ImplementationOrderField =
  /** By planned end (unknown last). */
  | 'PLANNED_END'
  /** By progress. */
  | 'PROGRESS'
  /** By last update. */
  | 'UPDATED_AT';

/** Where a city's voluntary implementation stands. */
export type ImplementationStatus =
  /** Done (progress 100); closed. */
  | 'COMPLETED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Given up; closed. Committing again starts over. */
  | 'NOT_PURSUED'
  /** Committed, not started. */
  | 'PLANNED'
  /** Paused. */
  | 'SUSPENDED';

/** An entry of an implementation's timeline (append-only). */
export type ImplementationUpdate = Node & {
  __typename?: 'ImplementationUpdate';
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
  /** Null when the caller may not see the author's account. */
  author?: Maybe<User>;
  /** Links to evidence. */
  evidenceUrls: Array<Scalars['URL']['output']>;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** What happened. */
  note?: Maybe<Scalars['String']['output']>;
  /** The progress it set. */
  progress: Scalars['Int']['output'];
  /** The status it set. */
  status: ImplementationStatus;
};

/** A page of implementation update items (Relay connection, contract C3). */
export type ImplementationUpdateConnection = {
  __typename?: 'ImplementationUpdateConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ImplementationUpdateEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One implementation update in a page, with its cursor. */
export type ImplementationUpdateEdge = {
  __typename?: 'ImplementationUpdateEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ImplementationUpdate;
};

/** A success indicator (R5.1). */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** What it measures and why. */
  description?: Maybe<Scalars['String']['output']>;
  /** Which way is better. */
  direction: IndicatorDirection;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** Stable machine name, e.g. "member-cities". */
  key: Scalars['String']['output'];
  /** Recorded values, newest first. */
  measurements: MeasurementConnection;
  /** The live figure of a DERIVED indicator. */
  metric?: Maybe<IndicatorMetric>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Against the termYear target; cityId for one city's figure of a CITY indicator. */
  progress: IndicatorProgress;
  /** How city values roll up. */
  rollup: IndicatorRollup;
  /** What it measures. */
  scope: IndicatorScope;
  /** Manual or derived. */
  source: IndicatorSource;
  /** Its goals, one per term (R5.1). */
  targets: Array<IndicatorTarget>;
  /** The unit of its values. */
  unit: Scalars['String']['output'];
  /** The group a WORKING_GROUP indicator measures. */
  workingGroup?: Maybe<WorkingGroup>;
};


/** A success indicator (R5.1). */
export type IndicatorMeasurementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A success indicator (R5.1). */
export type IndicatorProgressArgs = {
  cityId?: InputMaybe<Scalars['ID']['input']>;
  termYear: Scalars['Int']['input'];
};

/** A page of indicator items (Relay connection, contract C3). */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<IndicatorEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** Which way is better. */
export type IndicatorDirection =
  /** Lower is better. */
  | 'DECREASE'
  /** Higher is better. */
  | 'INCREASE';

/** One indicator in a page, with its cursor. */
export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Indicator;
};

/** Narrows a list of indicator items; every field given must hold (AND), lists match any of their values. */
export type IndicatorFilter = {
  /** Only indicators of these scopes. */
  scopes?: InputMaybe<Array<IndicatorScope>>;
  /** Indicators with a target in this term. */
  termYear?: InputMaybe<Scalars['Int']['input']>;
  /** Only items linked to these working groups (global IDs). */
  workingGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The live figures a DERIVED indicator is computed from. */
export type IndicatorMetric =
  /** Cities with at least one implementation (not PRIVATE). */
  | 'CITIES_WITH_IMPLEMENTATION'
  /** Implementations completed (not PRIVATE). */
  | 'IMPLEMENTATIONS_COMPLETED'
  /** Working-group meetings held in the term year. */
  | 'MEETINGS_HELD'
  /** Active member cities. */
  | 'MEMBER_CITIES'
  /** Practices published (not PRIVATE). */
  | 'PRACTICES_PUBLISHED';

/** An indicator's standing against its term's target. */
export type IndicatorProgress = {
  __typename?: 'IndicatorProgress';
  /** The current value. */
  latest?: Maybe<Scalars['Float']['output']>;
  /** At least as far along as the share of the term elapsed. */
  onTrack: Scalars['Boolean']['output'];
  /** Percent of the way from baseline to target (negative when moving away). */
  percent?: Maybe<Scalars['Float']['output']>;
  /** The term's target, if one is set. */
  target?: Maybe<IndicatorTarget>;
};

/** An indicator with its progress for the term asked. */
export type IndicatorProgressRow = {
  __typename?: 'IndicatorProgressRow';
  /** The indicator. */
  indicator: Indicator;
  /** Its progress. */
  progress: IndicatorProgress;
};

/** How city measurements roll up into the network figure. */
export type IndicatorRollup =
  /** Their average. */
  | 'AVERAGE'
  /** How many cities report a non-zero value. */
  | 'COUNT_CITIES'
  /** Their sum. */
  | 'SUM';

/** What an indicator measures. */
export type IndicatorScope =
  /** Each city, rolled up into a network figure. */
  | 'CITY'
  /** The network as a whole. */
  | 'NETWORK'
  /** One working group. */
  | 'WORKING_GROUP';

/** Where an indicator's figures come from. */
export type IndicatorSource =
  /** Computed live from the network's data. */
  | 'DERIVED'
  /** Recorded measurements. */
  | 'MANUAL';

/** An indicator's goal for one term (R5.1). */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  /** Where it started. */
  baseline: Scalars['Float']['output'];
  /** By when. */
  dueOn: Scalars['Date']['output'];
  /** Where it should get to. */
  target: Scalars['Float']['output'];
  /** The term. */
  termYear: Scalars['Int']['output'];
};

/** An invitation to take a role. Accepting it creates the account when no account has the e-mail; an existing account accepts it only when signed in, and its password, name and status never change by an invitation. */
export type Invitation = Node & {
  __typename?: 'Invitation';
  /** The city of a city role. */
  city?: Maybe<City>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who is invited. */
  email: Scalars['Email']['output'];
  /** When it lapses (14 days after it was sent). */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The role offered. */
  role: Role;
};

/** The input of inviteUser. */
export type InviteUserInput = {
  /** Required for city roles. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Who to invite. */
  email: Scalars['Email']['input'];
  /** The role to offer. */
  role: Role;
};

/** The answer of inviteUser: what it changed, or userErrors and nothing changed (contract C4). */
export type InviteUserPayload = {
  __typename?: 'InviteUserPayload';
  /** The invitation as it is after the mutation; null when it failed. */
  invitation?: Maybe<Invitation>;
  /** The token to pass to acceptInvitation; shown once (the server sends no e-mail). */
  invitationToken?: Maybe<Scalars['String']['output']>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** How a city became a member (R6). */
export type JoinRoute =
  /** Applied through the membership form and was approved (R6.3). */
  | 'APPLICATION'
  /** Attended the founding summit (R6.1). */
  | 'FOUNDING'
  /** Took part in a later summit (R6.2). */
  | 'SUMMIT';

/** The input of joinWorkingGroup. */
export type JoinWorkingGroupInput = {
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** The city's contact person for the group. */
  focalPoint?: InputMaybe<Scalars['String']['input']>;
  /** The working group (global ID). */
  workingGroupId: Scalars['ID']['input'];
};

/** The answer of joinWorkingGroup: what it changed, or userErrors and nothing changed (contract C4). */
export type JoinWorkingGroupPayload = {
  __typename?: 'JoinWorkingGroupPayload';
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The working group as it is after the mutation; null when it failed. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** The input of leaveWorkingGroup. */
export type LeaveWorkingGroupInput = {
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** The working group (global ID). */
  workingGroupId: Scalars['ID']['input'];
};

/** The answer of leaveWorkingGroup: what it changed, or userErrors and nothing changed (contract C4). */
export type LeaveWorkingGroupPayload = {
  __typename?: 'LeaveWorkingGroupPayload';
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The working group as it is after the mutation; null when it failed. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** The input of login. */
export type LoginInput = {
  /** The account's e-mail address. */
  email: Scalars['String']['input'];
  /** Its password. */
  password: Scalars['String']['input'];
};

/** The answer of login: what it changed, or userErrors and nothing changed (contract C4). */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** The expires at as it is after the mutation; null when it failed. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The bearer token: send it as 'Authorization: Bearer <token>'. */
  token?: Maybe<Scalars['String']['output']>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The viewer as it is after the mutation; null when it failed. */
  viewer?: Maybe<Viewer>;
};

/** The input of logout. */
export type LogoutInput = {
  /** Revoke every session of the caller, not just this one. */
  allSessions?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The answer of logout: what it changed, or userErrors and nothing changed (contract C4). */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** The ok as it is after the mutation; null when it failed. */
  ok: Scalars['Boolean']['output'];
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** One delivery attempt of a mail. */
export type MailAttempt = {
  __typename?: 'MailAttempt';
  /** The server's answer, or the error. */
  answer: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Whether the server accepted the message. */
  ok: Scalars['Boolean']['output'];
};

/** Narrows the secretariat's list of outgoing mail. */
export type MailFilter = {
  /** Only mail in these statuses. */
  statuses?: InputMaybe<Array<MailStatus>>;
};

/** An outgoing mail. A one-time link's token is never shown, except to the recipient of a kept mail. */
export type MailMessage = {
  __typename?: 'MailMessage';
  /** How many delivery attempts were made. */
  attempts: Scalars['Int']['output'];
  /** The plain text, without any one-time token. */
  body?: Maybe<Scalars['String']['output']>;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** Every delivery attempt, oldest first (the secretariat's to see). */
  deliveryAttempts: Array<MailAttempt>;
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** What it is about (as Notification.kind, or INVITATION, PASSWORD_RESET, APPLICATION_DECIDED). */
  kind: Scalars['String']['output'];
  /** The SMTP server's last answer (or why it was kept). */
  lastAnswer?: Maybe<Scalars['String']['output']>;
  /** For the recipient of a kept mail: its link, one-time token included (the app is the mailbox). */
  link?: Maybe<Scalars['String']['output']>;
  /** When the SMTP server accepted it. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is. */
  status: MailStatus;
  /** The subject, in the recipient's language, once rendered (at the first attempt). */
  subject?: Maybe<Scalars['String']['output']>;
  /** The address it goes to. */
  to: Scalars['String']['output'];
};

/** A page of mail (Relay connection, contract C3). */
export type MailMessageConnection = {
  __typename?: 'MailMessageConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<MailMessageEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One mail in a page, with its cursor. */
export type MailMessageEdge = {
  __typename?: 'MailMessageEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: MailMessage;
};

/** Where an outgoing mail is. */
export type MailStatus =
  /** Every attempt failed; the secretariat may retry it. */
  | 'FAILED'
  /** Kept, not sent: no SMTP server is configured; shown in the app. */
  | 'KEPT'
  /** Queued, or being retried after a failed attempt. */
  | 'PENDING'
  /** Accepted by the SMTP server. */
  | 'SENT';

/** The input of markNotificationsRead. */
export type MarkNotificationsReadInput = {
  /** Mark every unread notification of the caller. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** The notifications to mark read (at most 500). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The answer of markNotificationsRead: what it changed, or userErrors and nothing changed (contract C4). */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** How many notifications this marked read. */
  marked: Scalars['Int']['output'];
  /** How many unread notifications the caller has now. */
  unreadCount: Scalars['Int']['output'];
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** One recorded value of a MANUAL indicator. */
export type Measurement = {
  __typename?: 'Measurement';
  /** The city it is for; null for a network figure. */
  city?: Maybe<City>;
  /** The date it describes. */
  measuredOn: Scalars['Date']['output'];
  /** Where it comes from. */
  note?: Maybe<Scalars['String']['output']>;
  /** The value. */
  value: Scalars['Float']['output'];
};

/** A page of measurement items (Relay connection, contract C3). */
export type MeasurementConnection = {
  __typename?: 'MeasurementConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<MeasurementEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One measurement in a page, with its cursor. */
export type MeasurementEdge = {
  __typename?: 'MeasurementEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Measurement;
};

/** A person recorded at a meeting. */
export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  /** The city they were invited for. */
  city: City;
  /** Their name. */
  personName: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Present, remote, excused or absent. */
  status: AttendanceStatus;
};

/** An official invited to a meeting. */
export type MeetingInvitee = {
  __typename?: 'MeetingInvitee';
  /** Their city. */
  city: City;
  /** Their name. */
  name: Scalars['String']['output'];
  /** The person (global User ID), for recordAttendance. */
  userId: Scalars['ID']['output'];
};

/** A meeting's minutes. */
export type MeetingMinutes = {
  __typename?: 'MeetingMinutes';
  /** When the lead side approved them. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The SHA-256 of the frozen Markdown (hex), once approved. */
  contentHash?: Maybe<Scalars['String']['output']>;
  /** Notes, decisions and action items per agenda item. */
  items: Array<MinutesItem>;
  /** The frozen Markdown, once approved. */
  markdown?: Maybe<Scalars['String']['output']>;
  /** The frozen Markdown as a download, once approved. */
  markdownUrl?: Maybe<Scalars['URL']['output']>;
  /** Draft or approved. */
  status: MinutesStatus;
  /** A summary of the whole meeting. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Changes with every save (contract C6); pass it as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** The answer of a mutation on a meeting: what it changed, or userErrors and nothing changed (contract C4). */
export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** The meeting as it is after the mutation; null when it failed. */
  meeting?: Maybe<WorkingGroupMeeting>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** A member city's request for a meeting beyond the quarterly one (R4.4). */
export type MeetingRequest = Node & {
  __typename?: 'MeetingRequest';
  /** The city that asked. */
  city: City;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The EXTRA meeting scheduled in answer. */
  meeting?: Maybe<WorkingGroupMeeting>;
  /** Why. */
  reason: Scalars['String']['output'];
  /** When it asked. */
  requestedAt: Scalars['DateTime']['output'];
  /** When the secretariat answered. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The secretariat's note. */
  responseNote?: Maybe<Scalars['String']['output']>;
  /** Where the request stands. */
  status: MeetingRequestStatus;
  /** The group asked to meet. */
  workingGroup: WorkingGroup;
};

/** Where a request for an extra meeting stands. */
export type MeetingRequestStatus =
  /** Accepted: a meeting was scheduled. */
  | 'ACCEPTED'
  /** Declined. */
  | 'DECLINED'
  /** Waiting for the secretariat. */
  | 'PENDING';

/** A person's answer to an invitation. */
export type MeetingRsvp = {
  __typename?: 'MeetingRsvp';
  /** Their answer. */
  answer: RsvpAnswer;
  /** When they answered. */
  answeredAt: Scalars['DateTime']['output'];
  /** The city they were invited for. */
  city: City;
  /** Their name. */
  personName: Scalars['String']['output'];
};

/** Whether a meeting still takes place. */
export type MeetingStatus =
  /** Cancelled: calendars show it with STATUS:CANCELLED. */
  | 'CANCELLED'
  /** It takes place as planned. */
  | 'SCHEDULED';

/** A city's request to join (R6.3). Its text is shown back exactly as submitted; escape it for display. */
export type MembershipApplication = Node & {
  __typename?: 'MembershipApplication';
  /** The member city its approval created. */
  city?: Maybe<City>;
  /** The applying city's name in English. */
  cityName: Scalars['String']['output'];
  /** Their e-mail address (the secretariat only). */
  contactEmail: Scalars['String']['output'];
  /** The person to contact. */
  contactName: Scalars['String']['output'];
  /** Their post. */
  contactPosition?: Maybe<Scalars['String']['output']>;
  /** Its country. */
  country: Scalars['CountryCode']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** Its name in its own language. */
  localName?: Maybe<Scalars['String']['output']>;
  /** Its mayor. */
  mayorName?: Maybe<Scalars['String']['output']>;
  /** Why the city wants to join. */
  motivation: Scalars['String']['output'];
  /** Inhabitants. */
  population?: Maybe<Scalars['Int']['output']>;
  /** The secretariat's note on its decision. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** When the secretariat decided. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: MembershipApplicationStatus;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** The municipality's website. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of membership application items (Relay connection, contract C3). */
export type MembershipApplicationConnection = {
  __typename?: 'MembershipApplicationConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<MembershipApplicationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One membership application in a page, with its cursor. */
export type MembershipApplicationEdge = {
  __typename?: 'MembershipApplicationEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: MembershipApplication;
};

/** Narrows a list of membership application items; every field given must hold (AND), lists match any of their values. */
export type MembershipApplicationFilter = {
  /** Only items of cities in these countries. */
  countries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Only items in these statuses. */
  statuses?: InputMaybe<Array<MembershipApplicationStatus>>;
  /** Only applications submitted at or after this instant. */
  submittedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only applications submitted before this instant. */
  submittedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Where an application stands (R6.3). */
export type MembershipApplicationStatus =
  /** Approved: the city is a member. */
  | 'APPROVED'
  /** Rejected; the city may apply again. */
  | 'REJECTED'
  /** Waiting for the secretariat's review. */
  | 'SUBMITTED';

/** The secretariat's decision on an application. */
export type MembershipDecision =
  /** Create the city as a member and invite its contact as CITY_ADMIN. */
  | 'APPROVE'
  /** Turn the application down. */
  | 'REJECT';

/** A decision of the minutes. */
export type MinutesDecision = {
  __typename?: 'MinutesDecision';
  /** Names it in the minutes, e.g. "2.1" (item 2, decision 1); pass it to recommendFromDecision. */
  key: Scalars['String']['output'];
  /** The network recommendation it became, if any. */
  recommendation?: Maybe<Recommendation>;
  /** What was decided. */
  text: Scalars['String']['output'];
};

/** What was said and decided on one agenda item. */
export type MinutesItem = {
  __typename?: 'MinutesItem';
  /** Action items. */
  actionItems: Array<ActionItem>;
  /** The agenda item, if the minutes follow one. */
  agendaItem?: Maybe<AgendaItem>;
  /** Decisions. */
  decisions: Array<MinutesDecision>;
  /** Notes. */
  notes: Scalars['String']['output'];
  /** The item's heading. */
  title: Scalars['String']['output'];
};

/** One item of minutes to save. */
export type MinutesItemInput = {
  /** Action items. */
  actionItems?: InputMaybe<Array<ActionItemInput>>;
  /** The agenda item it follows (global ID). */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Decisions, each a text; their keys follow their order. */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Its heading. */
  title: Scalars['String']['input'];
};

/** Where a meeting's minutes stand. */
export type MinutesStatus =
  /** Approved: frozen, content-hashed and public. */
  | 'APPROVED'
  /** Being written by the lead side; members of the network read them. */
  | 'DRAFT';

/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation. For an e-mail with no account: creates the account with name and password, grants the role and signs in. For an existing account: only its signed-in owner accepts (SIGN_IN_REQUIRED otherwise); the role is granted, nothing else of the account changes, and no new session is opened. A deactivated account is refused: only the secretariat reactivates it (reactivateUser). */
  acceptInvitation: AcceptInvitationPayload;
  /** Adds an agenda item before the meeting: an editor of a member city of the group, or the lead side. */
  addAgendaItem: MeetingPayload;
  /** Adds a person to the secretariat's staff (SECRETARIAT). */
  addSecretariatStaff: AddSecretariatStaffPayload;
  /** Creates an implementation in the adopting city that points back to the practice. */
  adoptPractice: AdoptPracticePayload;
  /** SECRETARIAT. */
  adoptRecommendation: AdoptRecommendationPayload;
  /** Answers an invitation (officials of the group's member cities); answering again replaces the answer. */
  answerMeetingInvitation: MeetingPayload;
  /** Approves the minutes (the lead side): frozen, content-hashed, public; a REGULAR meeting then counts for R4.4. */
  approveMeetingMinutes: MeetingPayload;
  /** Approves a group the other side proposed (R4.5). */
  approveWorkingGroup: ApproveWorkingGroupPayload;
  /** Cancels a meeting that has not started (the lead side); calendars show STATUS:CANCELLED. */
  cancelMeeting: MeetingPayload;
  /** Casts the city's one vote in the current round (a CITY_ADMIN of an active member city). */
  castVote: CastVotePayload;
  /** Revokes the caller's other sessions. */
  changePassword: ChangePasswordPayload;
  /** Counts the votes (SECRETARIAT): the winner gets the term and hosts its summit; a tie opens a runoff. */
  closePresidencyElection: ClosePresidencyElectionPayload;
  /** Closes a working group. */
  closeWorkingGroup: CloseWorkingGroupPayload;
  /** Commits a city to implement a recommendation, voluntarily (R6.5). */
  commitToRecommendation: CommitToRecommendationPayload;
  /** A read-only token for analytics clients; shown once. */
  createApiToken: CreateApiTokenPayload;
  /** Adds a city by hand (SECRETARIAT), e.g. for history. */
  createCity: CreateCityPayload;
  /** Creates a draft practice in a city's workspace. */
  createPractice: CreatePracticePayload;
  /** The city's CITY_ADMIN or CITY_EDITOR; starts a DRAFT. */
  createProposal: CreateProposalPayload;
  /** Schedules a summit (SECRETARIAT); its host is that year's presidency city (R2.5). */
  createSummit: CreateSummitPayload;
  /** Deactivates an account and ends its sessions (a city admin only for people wholly inside its cities). */
  deactivateUser: DeactivateUserPayload;
  /** Enters a city as a candidate (its CITY_ADMIN or the SECRETARIAT; R2.3, R2.4). */
  declareCandidacy: DeclareCandidacyPayload;
  /** The presidency or the secretariat (R5.1). */
  defineIndicator: DefineIndicatorPayload;
  /** Records another member city's support for a submitted proposal, once per city. */
  endorseProposal: EndorseProposalPayload;
  /** SECRETARIAT: freezes the report (R5.2). */
  finalizeAnnualReport: FinalizeAnnualReportPayload;
  /** SECRETARIAT: any role; CITY_ADMIN: city roles in its own city. */
  inviteUser: InviteUserPayload;
  /** Makes a city a member of a working group (that city's CITY_ADMIN). */
  joinWorkingGroup: JoinWorkingGroupPayload;
  /** Takes a city out of a working group (that city's CITY_ADMIN). */
  leaveWorkingGroup: LeaveWorkingGroupPayload;
  /** Opens a session. Unknown e-mail and wrong password answer alike; failures are rate limited. */
  login: LoginPayload;
  /** Ends the caller's session (or all of them). */
  logout: LogoutPayload;
  /** Marks the caller's notifications read: the ones named, or all. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Opens the election at a summit for the following year's term (SECRETARIAT, R2.2, R2.6). */
  openPresidencyElection: OpenPresidencyElectionPayload;
  /** Proposes a working group (the presidency or the SECRETARIAT); the other side approves it (R4.5). */
  proposeWorkingGroup: ProposeWorkingGroupPayload;
  /** Publishes a practice to those its visibility allows. */
  publishPractice: PublishPracticePayload;
  /** Brings a deactivated account back (SECRETARIAT only). Its password is unchanged and its sessions stay ended. */
  reactivateUser: ReactivateUserPayload;
  /** Adopts a decision of approved minutes as a network recommendation (SECRETARIAT), linked both ways. */
  recommendFromDecision: RecommendFromDecisionPayload;
  /** Records who attended, per person, once the meeting has started (the lead side); a city attends when one of its people did. */
  recordAttendance: MeetingPayload;
  /** Records a city's delegation to a summit (SECRETARIAT); a new Balkan city becomes a member (R6.2, R6.1). */
  recordDelegation: RecordDelegationPayload;
  /** CITY indicators: the city's editors; others: the secretariat. One value per indicator, city and date. */
  recordMeasurement: RecordMeasurementPayload;
  /** Records what a meeting decided and who attended, once it has started. */
  recordMeetingMinutes: RecordMeetingMinutesPayload;
  /** Records a past term for history (SECRETARIAT); R2.4 still holds. */
  recordPresidencyTerm: RecordPresidencyTermPayload;
  /** Removes an agenda item before the meeting: the city that added it, or the lead side. */
  removeAgendaItem: MeetingPayload;
  /** Removes a person from the secretariat's staff (SECRETARIAT). */
  removeSecretariatStaff: RemoveSecretariatStaffPayload;
  /** Asks for an extra session of a group the city belongs to (R4.4). */
  requestExtraMeeting: RequestExtraMeetingPayload;
  /** Mails a single-use link, valid for one hour, to set a new password. Answers alike whether or not an account has the e-mail; rate limited by client address and by e-mail. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sets a new password with the token of a reset link (once), ends every other session of the account, and signs in. */
  resetPassword: ResetPasswordPayload;
  /** Accepts (scheduling the session) or declines a request (SECRETARIAT). */
  respondToMeetingRequest: RespondToMeetingRequestPayload;
  /** Queues a FAILED mail for delivery again (the secretariat). */
  retryMail: RetryMailPayload;
  /** Approves (creating the city and inviting its contact as CITY_ADMIN) or rejects an application (SECRETARIAT). */
  reviewMembershipApplication: ReviewMembershipApplicationPayload;
  /** The secretariat or the presidency. */
  reviewProposal: ReviewProposalPayload;
  /** Revokes one of the caller's API tokens at once. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Replaces one of the caller's calendar feed URLs; the old one stops answering. */
  rotateCalendarFeed: RotateCalendarFeedPayload;
  /** Saves draft minutes (the lead side) once the meeting has started; approved minutes are frozen. */
  saveMeetingMinutes: MeetingPayload;
  /** Schedules a meeting of a working group (SECRETARIAT). */
  scheduleMeeting: ScheduleMeetingPayload;
  /** Suspends, withdraws or reactivates a city (SECRETARIAT). */
  setCityStatus: SetCityStatusPayload;
  /** Sets an indicator's goal for a term (the presidency or the SECRETARIAT, R5.1). */
  setIndicatorTarget: SetIndicatorTargetPayload;
  /** Sets the language of the caller's notifications and mail. */
  setLocale: SetLocalePayload;
  /** Sets how the caller gets mail of one kind of notification (only the caller's own). Notifications already waiting for a digest stay in it. */
  setNotificationPreference: SetNotificationPreferencePayload;
  /** Sets the caller's time zone, where digests' 07:00 is. */
  setTimeZone: SetTimeZonePayload;
  /** Gives a person a role in a city or the network, or removes it (null). A city keeps one admin; the network one secretariat account. */
  setUserRole: SetUserRolePayload;
  /** Anyone; rate limited per client address. No fee (R6.4). */
  submitMembershipApplication: SubmitMembershipApplicationPayload;
  /** Submits a draft proposal to the network; it cannot stay PRIVATE. */
  submitProposal: SubmitProposalPayload;
  /** Takes a practice back to draft; adoptions already made stay. */
  unpublishPractice: UnpublishPracticePayload;
  /** Changes a city's details (SECRETARIAT), against expectedVersion. */
  updateCity: UpdateCityPayload;
  /** Appends to the timeline; expectedVersion guards against lost updates. */
  updateImplementation: UpdateImplementationPayload;
  /** Moves or retimes a meeting (the lead side); calendars get a higher SEQUENCE. */
  updateMeeting: MeetingPayload;
  /** Changes a practice against expectedVersion. */
  updatePractice: UpdatePracticePayload;
  /** Drafts only. */
  updateProposal: UpdateProposalPayload;
  /** Any time before a decision. */
  withdrawProposal: WithdrawProposalPayload;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationAddSecretariatStaffArgs = {
  input: AddSecretariatStaffInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationAdoptPracticeArgs = {
  input: AdoptPracticeInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationAdoptRecommendationArgs = {
  input: AdoptRecommendationInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationAnswerMeetingInvitationArgs = {
  input: AnswerMeetingInvitationInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationApproveMeetingMinutesArgs = {
  input: ApproveMeetingMinutesInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationApproveWorkingGroupArgs = {
  input: ApproveWorkingGroupInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCancelMeetingArgs = {
  input: CancelMeetingInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCastVoteArgs = {
  input: CastVoteInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationClosePresidencyElectionArgs = {
  input: ClosePresidencyElectionInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCloseWorkingGroupArgs = {
  input: CloseWorkingGroupInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCommitToRecommendationArgs = {
  input: CommitToRecommendationInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCreateCityArgs = {
  input: CreateCityInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCreatePracticeArgs = {
  input: CreatePracticeInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCreateProposalArgs = {
  input: CreateProposalInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationCreateSummitArgs = {
  input: CreateSummitInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationDeactivateUserArgs = {
  input: DeactivateUserInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationDeclareCandidacyArgs = {
  input: DeclareCandidacyInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationDefineIndicatorArgs = {
  input: DefineIndicatorInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationEndorseProposalArgs = {
  input: EndorseProposalInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationFinalizeAnnualReportArgs = {
  input: FinalizeAnnualReportInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationJoinWorkingGroupArgs = {
  input: JoinWorkingGroupInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationLeaveWorkingGroupArgs = {
  input: LeaveWorkingGroupInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationLogoutArgs = {
  input: LogoutInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationOpenPresidencyElectionArgs = {
  input: OpenPresidencyElectionInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationProposeWorkingGroupArgs = {
  input: ProposeWorkingGroupInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationPublishPracticeArgs = {
  input: PublishPracticeInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationReactivateUserArgs = {
  input: ReactivateUserInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRecommendFromDecisionArgs = {
  input: RecommendFromDecisionInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRecordDelegationArgs = {
  input: RecordDelegationInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRecordMeasurementArgs = {
  input: RecordMeasurementInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRecordMeetingMinutesArgs = {
  input: RecordMeetingMinutesInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRecordPresidencyTermArgs = {
  input: RecordPresidencyTermInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRemoveAgendaItemArgs = {
  input: RemoveAgendaItemInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRemoveSecretariatStaffArgs = {
  input: RemoveSecretariatStaffInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRequestExtraMeetingArgs = {
  input: RequestExtraMeetingInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRespondToMeetingRequestArgs = {
  input: RespondToMeetingRequestInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRetryMailArgs = {
  input: RetryMailInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationReviewMembershipApplicationArgs = {
  input: ReviewMembershipApplicationInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationReviewProposalArgs = {
  input: ReviewProposalInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationRotateCalendarFeedArgs = {
  input: RotateCalendarFeedInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSaveMeetingMinutesArgs = {
  input: SaveMeetingMinutesInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSetCityStatusArgs = {
  input: SetCityStatusInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSetIndicatorTargetArgs = {
  input: SetIndicatorTargetInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSetLocaleArgs = {
  input: SetLocaleInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSetNotificationPreferenceArgs = {
  input: SetNotificationPreferenceInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSetTimeZoneArgs = {
  input: SetTimeZoneInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSetUserRoleArgs = {
  input: SetUserRoleInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSubmitMembershipApplicationArgs = {
  input: SubmitMembershipApplicationInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationSubmitProposalArgs = {
  input: SubmitProposalInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationUnpublishPracticeArgs = {
  input: UnpublishPracticeInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationUpdateCityArgs = {
  input: UpdateCityInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationUpdateImplementationArgs = {
  input: UpdateImplementationInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationUpdatePracticeArgs = {
  input: UpdatePracticeInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationUpdateProposalArgs = {
  input: UpdateProposalInput;
};


/** Everything the API changes. Every mutation takes one input and answers a payload with userErrors (contract C4); each successful one writes one audit event. */
export type MutationWithdrawProposalArgs = {
  input: WithdrawProposalInput;
};

/** The B40 Balkan Cities Network itself (R1). */
export type Network = Node & {
  __typename?: 'Network';
  /** The term of the current calendar year, if one is on record. */
  currentPresidency?: Maybe<PresidencyTerm>;
  /** Countries whose cities may join (R6 decision). */
  eligibleCountries: Array<Scalars['CountryCode']['output']>;
  /** The date of the founding summit (R1.1). */
  foundedOn: Scalars['Date']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** ACTIVE member cities. */
  memberCount: Scalars['Int']['output'];
  /** The founding summit's motto. */
  motto?: Maybe<Scalars['String']['output']>;
  /** The network's name. */
  name: Scalars['String']['output'];
  /** The permanent secretariat (R3). */
  secretariat: Secretariat;
  /** Istanbul Metropolitan Municipality (R3.1); null until recorded. */
  secretariatCity?: Maybe<City>;
};

/** A role across the network. */
export type NetworkRole =
  /** Read-only analytics scope. */
  | 'ANALYST'
  /** Network staff. */
  | 'SECRETARIAT';

/** The input of newCity. */
export type NewCityInput = {
  /** Its country; must be eligible. */
  country: Scalars['CountryCode']['input'];
  /** Its name in its own language. */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Its name in English. */
  name: Scalars['String']['input'];
};

/** Every entity has an opaque global ID that node(id) resolves (contract C2). */
export type Node = {
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
};

/** Something that happened that the caller is told about. Nobody is told about an item they may not see. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** The text, in the reader's language. */
  body: Translation;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque ID. */
  id: Scalars['ID']['output'];
  /** The global ID of the item it is about, if any. */
  itemId?: Maybe<Scalars['ID']['output']>;
  /** What happened: PROPOSAL_SUBMITTED, PROPOSAL_DECIDED, PROPOSAL_ENDORSED, PRACTICE_ADOPTED, APPLICATION_SUBMITTED, ... */
  kind: Scalars['String']['output'];
  /** When the reader marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The headline, in the reader's language. */
  title: Translation;
  /** Where the item is in the app (a path). */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of the caller's notifications (Relay connection, contract C3). */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<NotificationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
  /** How many of the caller's notifications are unread (whatever the filter). */
  unreadCount: Scalars['Int']['output'];
};

/** How mail of a kind of notification reaches a person. The notification in the app is written whatever the choice. */
export type NotificationDelivery =
  /** In a daily digest, at 07:00 the person's time; no digest on a day with nothing in it. */
  | 'DAILY'
  /** One mail per notification, as it happens. */
  | 'IMMEDIATE'
  /** No mail. */
  | 'OFF'
  /** In a weekly digest, Monday at 07:00 the person's time; no digest for a week with nothing in it. */
  | 'WEEKLY';

/** One notification in a page, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Notification;
};

/** Something happened that the subscriber may want to read: a kind and IDs, never content. */
export type NotificationEvent = {
  __typename?: 'NotificationEvent';
  /** A notification kind (PROPOSAL_DECIDED, ...), or READY (the stream is live), RESYNC (events may have been missed: read again), ITEM_CHANGED. */
  kind: Scalars['String']['output'];
  /** The new notification (node(id) reads it), when the event is one. */
  notificationId?: Maybe<Scalars['ID']['output']>;
  /** The global ID of the item the event is about, if any. */
  subjectId?: Maybe<Scalars['ID']['output']>;
};

/** The caller's choice for one kind of notification. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** How its mail comes. */
  delivery: NotificationDelivery;
  /** The kind (as Notification.kind): PROPOSAL_SUBMITTED, ..., and the reminders MEETING_DUE, MEETING_OVERDUE, INDICATOR_DUE, IMPLEMENTATION_STALE, MEETING_AGENDA_CALL, MEETING_TOMORROW, MINUTES_PENDING. */
  kind: Scalars['String']['output'];
};

/** The input of openPresidencyElection. */
export type OpenPresidencyElectionInput = {
  /** The summit (global ID). */
  summitId: Scalars['ID']['input'];
  /** The term elected: the summit's year + 1 (R2.6). */
  termYear: Scalars['Int']['input'];
};

/** The answer of openPresidencyElection: what it changed, or userErrors and nothing changed (contract C4). */
export type OpenPresidencyElectionPayload = {
  __typename?: 'OpenPresidencyElectionPayload';
  /** The election as it is after the mutation; null when it failed. */
  election?: Maybe<PresidencyElection>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first (A to Z, oldest first). */
  | 'ASC'
  /** Largest first (Z to A, newest first). */
  | 'DESC';

/** Relay page information (contract C3). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A good practice a city shares. */
export type Practice = Node & {
  __typename?: 'Practice';
  /** The implementations that adopted it, as far as the caller may see them. */
  adoptions: Array<Implementation>;
  /** The full text, translatable. */
  body: TranslatedText;
  /** The city that shares it. */
  city: City;
  /** Who to contact about it. */
  contact?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** Links to more. */
  links: Array<Scalars['URL']['output']>;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it achieved. */
  results?: Maybe<Scalars['String']['output']>;
  /** Sustainable Development Goals, 1 to 17. */
  sdgs: Array<Scalars['Int']['output']>;
  /** Draft or published. */
  status: PracticeStatus;
  /** A short summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Its title, in the author's language. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Raised by every change; send it back as expectedVersion (contract C6). */
  version: Scalars['Int']['output'];
  /** Who may see it. */
  visibility: Visibility;
  /** The working groups it relates to. */
  workingGroups: Array<WorkingGroup>;
};

/** A page of practice items (Relay connection, contract C3). */
export type PracticeConnection = {
  __typename?: 'PracticeConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<PracticeEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One practice in a page, with its cursor. */
export type PracticeEdge = {
  __typename?: 'PracticeEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Practice;
};

/** Narrows a list of practice items; every field given must hold (AND), lists match any of their values. */
export type PracticeFilter = {
  /** Only items of these cities (global IDs). */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only items of cities in these countries. */
  countries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Only practices published at or after this instant. */
  publishedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only practices published before this instant. */
  publishedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only practices serving one of these Sustainable Development Goals (1..17). */
  sdgs?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Full text, in the network's languages, accent-insensitive, ranked. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only items in these statuses. */
  statuses?: InputMaybe<Array<PracticeStatus>>;
  /** Only items with these visibilities. */
  visibilities?: InputMaybe<Array<Visibility>>;
  /** Only items linked to these working groups (global IDs). */
  workingGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** How a list of practice items is ordered. */
export type PracticeOrder = {
  /** Ascending or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: PracticeOrderField;
};

/** What a list of practice items can be ordered by. */
export type PracticeOrderField =
  /** By publication time. */
  | 'PUBLISHED_AT'
  /** By search relevance (with filter.search), else newest first. */
  | 'RELEVANCE'
  /** By title. */
  | 'TITLE';

/** Whether a practice is shared. */
export type PracticeStatus =
  /** Being written; only the city sees it. */
  | 'DRAFT'
  /** Shared with those its visibility allows. */
  | 'PUBLISHED';

/** One city's vote (visible to the secretariat and the voting city only). */
export type PresidencyBallot = {
  __typename?: 'PresidencyBallot';
  /** The city it voted for. */
  candidate: City;
  /** When. */
  castAt: Scalars['DateTime']['output'];
  /** The city that voted. */
  voter: City;
};

/** A candidate city and its votes in the current round. */
export type PresidencyCandidate = {
  __typename?: 'PresidencyCandidate';
  /** The candidate city. */
  city: City;
  /** Votes in the current round; null unless the caller is a member or the secretariat. */
  votes?: Maybe<Scalars['Int']['output']>;
};

/** The election of a term's presiding city at a summit (R2.2; the term is the year after the summit, R2.6). */
export type PresidencyElection = Node & {
  __typename?: 'PresidencyElection';
  /** How each city voted; the secretariat only (null for anyone else). */
  ballots?: Maybe<Array<PresidencyBallot>>;
  /** The current round's candidates. */
  candidates: Array<PresidencyCandidate>;
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Active member cities: one vote each. */
  eligibleVoters: Scalars['Int']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** When it opened. */
  openedAt: Scalars['DateTime']['output'];
  /** 1, then 2, 3... for runoffs among tied cities. */
  round: Scalars['Int']['output'];
  /** Where it stands. */
  status: PresidencyElectionStatus;
  /** The summit it is held at (R2.2). */
  summit: Summit;
  /** The term it elects: the summit's year + 1 (R2.6). */
  termYear: Scalars['Int']['output'];
  /** Cities that voted in the current round; null unless the caller is a member or the secretariat. */
  voters?: Maybe<Array<City>>;
  /** Votes cast in the current round; null unless the caller is a member or the secretariat. */
  votesCast?: Maybe<Scalars['Int']['output']>;
  /** The elected city, once decided. */
  winner?: Maybe<City>;
};

/** Where an election stands. */
export type PresidencyElectionStatus =
  /** Closed without a winner. */
  | 'CLOSED'
  /** A winner was elected and holds the term. */
  | 'DECIDED'
  /** Candidacies and votes are open (round 1). */
  | 'OPEN'
  /** A tie opened another round among the tied. */
  | 'RUNOFF';

/** One year of the rotating presidency (R2.1). */
export type PresidencyTerm = Node & {
  __typename?: 'PresidencyTerm';
  /** The presiding city. */
  city: City;
  /** The summit that elected the city (R2.6); null for the founding presidency. */
  electedAt?: Maybe<Summit>;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** Its mayor, the network's president that year, when on record. */
  mayorName?: Maybe<Scalars['String']['output']>;
  /** Follows the calendar: the current year's term is ACTIVE. */
  status: PresidencyTermStatus;
  /** The year the city presides (R2.6: the year after the summit that elected it). */
  year: Scalars['Int']['output'];
};

/** A page of presidency term items (Relay connection, contract C3). */
export type PresidencyTermConnection = {
  __typename?: 'PresidencyTermConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<PresidencyTermEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One presidency term in a page, with its cursor. */
export type PresidencyTermEdge = {
  __typename?: 'PresidencyTermEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PresidencyTerm;
};

/** Where a term stands relative to today. */
export type PresidencyTermStatus =
  /** Its year is the current one. */
  | 'ACTIVE'
  /** Its year is over. */
  | 'COMPLETED'
  /** Its year has not begun. */
  | 'UPCOMING';

/** A city's proposal to the network, for a working group or the summit agenda. */
export type Proposal = Node & {
  __typename?: 'Proposal';
  /** The full text, translatable. */
  body: TranslatedText;
  /** The city that made it. */
  city: City;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was accepted or declined. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The reviewer's note on the decision. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Cities that endorsed it. */
  endorsements: Array<City>;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The recommendation adopted from it, once accepted. */
  recommendation?: Maybe<Recommendation>;
  /** Where it stands. */
  status: ProposalStatus;
  /** When it was submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A short summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Its title, in the author's language. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Raised by every change; send it back as expectedVersion (contract C6). */
  version: Scalars['Int']['output'];
  /** Who may see it. */
  visibility: Visibility;
  /** Null: for the summit agenda. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** A page of proposal items (Relay connection, contract C3). */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ProposalEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** A reviewer's decision on a proposal. */
export type ProposalDecision =
  /** Accept it. */
  | 'ACCEPT'
  /** Decline it. */
  | 'DECLINE'
  /** Take it under review. */
  | 'UNDER_REVIEW';

/** One proposal in a page, with its cursor. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Proposal;
};

/** Narrows a list of proposal items; every field given must hold (AND), lists match any of their values. */
export type ProposalFilter = {
  /** Only items of these cities (global IDs). */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only items of cities in these countries. */
  countries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /**
   * Submitted (or, for drafts, created) at or after this instant.
   * @deprecated Use submittedFrom: filters name the date they range over.
   */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Case-insensitive substring of title or summary. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only items in these statuses. */
  statuses?: InputMaybe<Array<ProposalStatus>>;
  /** Submitted (or, for drafts, created) at or after this instant. */
  submittedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Submitted (or, for drafts, created) before this instant. */
  submittedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Submitted (or, for drafts, created) before this instant.
   * @deprecated Use submittedTo: filters name the date they range over.
   */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only items with these visibilities. */
  visibilities?: InputMaybe<Array<Visibility>>;
  /** Only items linked to these working groups (global IDs). */
  workingGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** How a list of proposal items is ordered. */
export type ProposalOrder = {
  /** Ascending or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: ProposalOrderField;
};

/** What a list of proposal items can be ordered by. */
export type ProposalOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By submission time. */
  | 'SUBMITTED_AT'
  /** By title. */
  | 'TITLE';

/** A proposal's path through the network. */
export type ProposalStatus =
  /** Accepted; it may become a recommendation. */
  | 'ACCEPTED'
  /** Declined. */
  | 'DECLINED'
  /** Being written; only the city sees it. */
  | 'DRAFT'
  /** Sent to the network. */
  | 'SUBMITTED'
  /** Being reviewed by the secretariat or the presidency. */
  | 'UNDER_REVIEW'
  /** Withdrawn by the city before a decision. */
  | 'WITHDRAWN';

/** The input of proposeWorkingGroup. */
export type ProposeWorkingGroupInput = {
  /** What it would work on. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Required for TEMPORARY groups. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Permanent or temporary; a temporary group needs endsOn. */
  kind: WorkingGroupKind;
  /** Any locales; English, the working language, is required. */
  name: Array<TranslationInput>;
  /** The proposing side, when the caller acts for both. */
  side?: InputMaybe<WorkingGroupSide>;
  /** Its URL name; made from the English name when not given. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of proposeWorkingGroup: what it changed, or userErrors and nothing changed (contract C4). */
export type ProposeWorkingGroupPayload = {
  __typename?: 'ProposeWorkingGroupPayload';
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The working group as it is after the mutation; null when it failed. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** The input of publishPractice. */
export type PublishPracticeInput = {
  /** The version the change was made against; a stale one answers CONFLICT and changes nothing (contract C6). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The practice (global ID). */
  practiceId: Scalars['ID']['input'];
};

/** The answer of publishPractice: what it changed, or userErrors and nothing changed (contract C4). */
export type PublishPracticePayload = {
  __typename?: 'PublishPracticePayload';
  /** The practice as it is after the mutation; null when it failed. */
  practice?: Maybe<Practice>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type Query = {
  __typename?: 'Query';
  /** SECRETARIAT, ANALYST and the presidency; filters narrow every figure. */
  analytics: Analytics;
  /** Signed-in people; frozen once finalized. */
  annualReport?: Maybe<AnnualReport>;
  /** SECRETARIAT: every event; CITY_ADMIN: its cities' events. */
  auditEvents: AuditEventConnection;
  /** Member cities (and cities that were members), filtered and ordered. */
  cities: CityConnection;
  /** A city by its slug, or null. */
  city?: Maybe<City>;
  /** Cities' voluntary implementations of recommendations and adopted practices, as far as the caller may see them. */
  implementations: ImplementationConnection;
  /** Success indicators of the network (R5); for signed-in callers. */
  indicators: IndicatorConnection;
  /** SECRETARIAT: the review queue, newest first. */
  membershipApplications: MembershipApplicationConnection;
  /** The network: its name, secretariat, current presidency and members. */
  network: Network;
  /** Any entity by its global ID (contract C2), or null when it does not exist or the caller may not see it. */
  node?: Maybe<Node>;
  /** Entities by global ID, in the order asked; null where one does not exist or may not be seen. At most 100 IDs. */
  nodes: Array<Maybe<Node>>;
  /** Every outgoing mail, newest first, with its delivery attempts (the secretariat). */
  outgoingMails: MailMessageConnection;
  /** Good practices shared by cities, as far as the caller may see them; filter.search searches every language. */
  practices: PracticeConnection;
  /** A presidency election by its ID, or null. */
  presidencyElection?: Maybe<PresidencyElection>;
  /** Presidency terms, newest first (R2). */
  presidencyTerms: PresidencyTermConnection;
  /** Proposals to the network the caller may see: its own city's whole, other cities' NETWORK and PUBLIC ones. */
  proposals: ProposalConnection;
  /** The network's non-binding recommendations (R6.5); public. */
  recommendations: RecommendationConnection;
  /** The annual summits, newest first. */
  summits: SummitConnection;
  /** People: the secretariat sees everyone, a CITY_ADMIN the people of its cities. */
  users: UserConnection;
  /** The caller; null for the anonymous public. */
  viewer?: Maybe<Viewer>;
  /** A working group by its slug, or null. */
  workingGroup?: Maybe<WorkingGroup>;
  /** Working groups (R4). */
  workingGroups: WorkingGroupConnection;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryAnalyticsArgs = {
  countries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  workingGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryAnnualReportArgs = {
  year: Scalars['Int']['input'];
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CityOrder>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryCityArgs = {
  slug: Scalars['String']['input'];
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryImplementationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImplementationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ImplementationOrder>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryMembershipApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MembershipApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryOutgoingMailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MailFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PracticeOrder>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryPresidencyElectionArgs = {
  id: Scalars['ID']['input'];
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryPresidencyTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProposalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProposalOrder>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QuerySummitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryWorkingGroupArgs = {
  slug: Scalars['String']['input'];
};


/** Everything the API reads. What each caller sees follows its role (contract, "Roles and who sees what"). */
export type QueryWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkingGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The input of reactivateUser. */
export type ReactivateUserInput = {
  /** The user (global ID). */
  userId: Scalars['ID']['input'];
};

/** The answer of reactivateUser: what it changed, or userErrors and nothing changed (contract C4). */
export type ReactivateUserPayload = {
  __typename?: 'ReactivateUserPayload';
  /** The user as it is after the mutation; null when it failed. */
  user?: Maybe<User>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of recommendFromDecision. */
export type RecommendFromDecisionInput = {
  /** When it was adopted (default today). */
  adoptedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Its text (default: the decision's text, in English). */
  body?: InputMaybe<Array<TranslationInput>>;
  /** The decision's key in the approved minutes, e.g. "2.1". */
  decisionKey: Scalars['String']['input'];
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
  /** The recommendation's title. */
  title: Scalars['String']['input'];
};

/** The answer of recommendFromDecision. */
export type RecommendFromDecisionPayload = {
  __typename?: 'RecommendFromDecisionPayload';
  /** The meeting, with the decision now linked. */
  meeting?: Maybe<WorkingGroupMeeting>;
  /** The new recommendation; null when it failed. */
  recommendation?: Maybe<Recommendation>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** A non-binding recommendation of the network (R6.5). */
export type Recommendation = Node & {
  __typename?: 'Recommendation';
  /** When the network adopted it. */
  adoptedOn: Scalars['Date']['output'];
  /** How far cities have taken it up, counted over what the caller may see. */
  adoption: Adoption;
  /** Its text, translatable. */
  body: TranslatedText;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** Cities' implementations of it, as far as the caller may see them. */
  implementations: ImplementationConnection;
  /** Where it came from. */
  source: RecommendationSource;
  /** The decision's key in that meeting's minutes. */
  sourceDecision?: Maybe<Scalars['String']['output']>;
  /** The meeting whose decision it came from. */
  sourceMeeting?: Maybe<WorkingGroupMeeting>;
  /** Its title. */
  title: Scalars['String']['output'];
};


/** A non-binding recommendation of the network (R6.5). */
export type RecommendationImplementationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One recommendation's row of the recommendation-by-city matrix. */
export type RecommendationAdoptionRow = {
  __typename?: 'RecommendationAdoptionRow';
  /** Each city's take-up, as objects (costlier for large networks than the lists below). */
  cities: Array<CityAdoption>;
  /** The same cells in a compact shape for large matrices: parallel lists, one entry per city. */
  cityIds: Array<Scalars['ID']['output']>;
  /** Cities that committed. */
  committed: Scalars['Int']['output'];
  /** Implementations done. */
  completed: Scalars['Int']['output'];
  /** Implementations under way. */
  inProgress: Scalars['Int']['output'];
  /** Implementations given up. */
  notPursued: Scalars['Int']['output'];
  /** Progress of each city in cityIds, in the same order. */
  progresses: Array<Scalars['Int']['output']>;
  /** The recommendation. */
  recommendation: Recommendation;
  /** Status of each city in cityIds, in the same order. */
  statuses: Array<ImplementationStatus>;
};

/** A page of recommendation items (Relay connection, contract C3). */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<RecommendationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One recommendation in a page, with its cursor. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Recommendation;
};

/** Narrows a list of recommendation items; every field given must hold (AND), lists match any of their values. */
export type RecommendationFilter = {
  /** Only recommendations adopted on or after this date. */
  adoptedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only recommendations adopted before this date. */
  adoptedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Recommendations these cities implement. */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only items of cities in these countries. */
  countries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Only recommendations adopted at these summits. */
  summitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only items linked to these working groups (global IDs). */
  workingGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Where a recommendation came from: an accepted proposal, a working group or a summit. */
export type RecommendationSource = {
  __typename?: 'RecommendationSource';
  /** The accepted proposal it came from. */
  proposal?: Maybe<Proposal>;
  /** The summit that adopted it. */
  summit?: Maybe<Summit>;
  /** The working group that made it. */
  workingGroup?: Maybe<WorkingGroup>;
};

/** The input of recordAttendance. */
export type RecordAttendanceInput = {
  /** Everyone to record; recording again replaces the list. */
  entries: Array<AttendanceEntryInput>;
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
};

/** The input of recordDelegation. */
export type RecordDelegationInput = {
  /** A member city, or newCity for a city not yet in the network (R6.2). */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Who led the delegation. */
  head?: InputMaybe<DelegationMemberInput>;
  /** The rest of the delegation. */
  members?: InputMaybe<Array<DelegationMemberInput>>;
  /** A city not yet in the network (give this or cityId): it becomes a member (R6.2). */
  newCity?: InputMaybe<NewCityInput>;
  /** The summit (global ID). */
  summitId: Scalars['ID']['input'];
};

/** The answer of recordDelegation: what it changed, or userErrors and nothing changed (contract C4). */
export type RecordDelegationPayload = {
  __typename?: 'RecordDelegationPayload';
  /** The city as it is after the mutation; null when it failed. */
  city?: Maybe<City>;
  /** The delegation as it is after the mutation; null when it failed. */
  delegation?: Maybe<Delegation>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of recordMeasurement. */
export type RecordMeasurementInput = {
  /** Required for CITY indicators. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** The indicator (global ID). */
  indicatorId: Scalars['ID']['input'];
  /** The date it describes; a second value for the same date replaces the first. */
  measuredOn: Scalars['Date']['input'];
  /** Where it comes from. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The value. */
  value: Scalars['Float']['input'];
};

/** The answer of recordMeasurement: what it changed, or userErrors and nothing changed (contract C4). */
export type RecordMeasurementPayload = {
  __typename?: 'RecordMeasurementPayload';
  /** The indicator as it is after the mutation; null when it failed. */
  indicator?: Maybe<Indicator>;
  /** The measurement as it is after the mutation; null when it failed. */
  measurement?: Maybe<Measurement>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of recordMeetingMinutes. */
export type RecordMeetingMinutesInput = {
  /** The cities present (global IDs). */
  attendingCityIds: Array<Scalars['ID']['input']>;
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
  /** What was decided. */
  minutes: Scalars['String']['input'];
};

/** The answer of recordMeetingMinutes: what it changed, or userErrors and nothing changed (contract C4). */
export type RecordMeetingMinutesPayload = {
  __typename?: 'RecordMeetingMinutesPayload';
  /** The meeting as it is after the mutation; null when it failed. */
  meeting?: Maybe<WorkingGroupMeeting>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of recordPresidencyTerm. */
export type RecordPresidencyTermInput = {
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** The presiding mayor, when on record. */
  mayorName?: InputMaybe<Scalars['String']['input']>;
  /** The term's year. */
  year: Scalars['Int']['input'];
};

/** The answer of recordPresidencyTerm: what it changed, or userErrors and nothing changed (contract C4). */
export type RecordPresidencyTermPayload = {
  __typename?: 'RecordPresidencyTermPayload';
  /** The term as it is after the mutation; null when it failed. */
  term?: Maybe<PresidencyTerm>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of removeAgendaItem. */
export type RemoveAgendaItemInput = {
  /** The agenda item (global ID). */
  agendaItemId: Scalars['ID']['input'];
};

/** The input of removeSecretariatStaff. */
export type RemoveSecretariatStaffInput = {
  /** The staff member (global ID). */
  staffId: Scalars['ID']['input'];
};

/** The answer of removeSecretariatStaff: what it changed, or userErrors and nothing changed (contract C4). */
export type RemoveSecretariatStaffPayload = {
  __typename?: 'RemoveSecretariatStaffPayload';
  /** The secretariat as it is after the mutation; null when it failed. */
  secretariat?: Maybe<Secretariat>;
  /** The staff as it is after the mutation; null when it failed. */
  staff?: Maybe<SecretariatStaff>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** Implementations in the report. */
export type ReportImplementations = {
  __typename?: 'ReportImplementations';
  /** How many in each status. */
  byStatus: Array<StatusCount>;
};

/** An indicator against its target in the report. */
export type ReportIndicator = {
  __typename?: 'ReportIndicator';
  /** The term's baseline. */
  baseline: Scalars['Float']['output'];
  /** The indicator, when it still exists. */
  indicator?: Maybe<Indicator>;
  /** The value at the report. */
  latest?: Maybe<Scalars['Float']['output']>;
  /** Its name as reported. */
  name: Scalars['String']['output'];
  /** Whether it is on track for the due date. */
  onTrack: Scalars['Boolean']['output'];
  /** Share of the way from baseline to target. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** The term's target. */
  target: Scalars['Float']['output'];
  /** Its unit. */
  unit: Scalars['String']['output'];
};

/** A city that joined in the report's year. */
export type ReportNewMember = {
  __typename?: 'ReportNewMember';
  /** The city. */
  city: City;
  /** How it joined. */
  joinRoute?: Maybe<JoinRoute>;
  /** When. */
  memberSince: Scalars['Date']['output'];
};

/** The year's presidency in the annual report. */
export type ReportPresidency = {
  __typename?: 'ReportPresidency';
  /** The presiding city. */
  city: City;
  /** Its mayor. */
  mayorName?: Maybe<Scalars['String']['output']>;
};

/** Proposals of the report's year by outcome. */
export type ReportProposals = {
  __typename?: 'ReportProposals';
  /** Accepted. */
  accepted: Scalars['Int']['output'];
  /** Declined. */
  declined: Scalars['Int']['output'];
  /** Submitted that year. */
  submitted: Scalars['Int']['output'];
  /** Still under review. */
  underReview: Scalars['Int']['output'];
  /** Withdrawn. */
  withdrawn: Scalars['Int']['output'];
};

/** A recommendation's take-up in the report. */
export type ReportRecommendation = {
  __typename?: 'ReportRecommendation';
  /** Cities that committed. */
  committed: Scalars['Int']['output'];
  /** Done. */
  completed: Scalars['Int']['output'];
  /** Under way. */
  inProgress: Scalars['Int']['output'];
  /** Given up. */
  notPursued: Scalars['Int']['output'];
  /** The recommendation, when it still exists. */
  recommendation?: Maybe<Recommendation>;
  /** Its title as reported. */
  title: Scalars['String']['output'];
};

/** A working group's meetings in the report's year. */
export type ReportWorkingGroup = {
  __typename?: 'ReportWorkingGroup';
  /** The group. */
  group: WorkingGroup;
  /** Regular meetings due (one per full quarter active, R4.4). */
  meetingsDue: Scalars['Int']['output'];
  /** Meetings held. */
  meetingsHeld: Scalars['Int']['output'];
};

/** The input of requestExtraMeeting. */
export type RequestExtraMeetingInput = {
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** Why an extra session is needed. */
  reason: Scalars['String']['input'];
  /** The working group (global ID). */
  workingGroupId: Scalars['ID']['input'];
};

/** The answer of requestExtraMeeting: what it changed, or userErrors and nothing changed (contract C4). */
export type RequestExtraMeetingPayload = {
  __typename?: 'RequestExtraMeetingPayload';
  /** The request as it is after the mutation; null when it failed. */
  request?: Maybe<MeetingRequest>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of requestPasswordReset. */
export type RequestPasswordResetInput = {
  /** The account's e-mail address. */
  email: Scalars['String']['input'];
};

/** The answer of requestPasswordReset: the same whether or not an account has the e-mail (contract C4). */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** True once the request is taken (a mail goes out only when an active account has the address). */
  ok: Scalars['Boolean']['output'];
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of resetPassword. */
export type ResetPasswordInput = {
  /** The new password: 12 to 1,024 bytes. */
  newPassword: Scalars['String']['input'];
  /** The token of the reset link (after #token= in the link). */
  token: Scalars['String']['input'];
};

/** The answer of resetPassword: what it changed, or userErrors and nothing changed (contract C4). */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** When the new session expires; null when it failed. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The new session's bearer token; null when it failed. */
  token?: Maybe<Scalars['String']['output']>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The viewer as it is after the mutation; null when it failed. */
  viewer?: Maybe<Viewer>;
};

/** The input of respondToMeetingRequest. */
export type RespondToMeetingRequestInput = {
  /** True to accept (meeting required), false to decline. */
  accept: Scalars['Boolean']['input'];
  /** Required when accepting: the EXTRA meeting to schedule. */
  meeting?: InputMaybe<ExtraMeetingInput>;
  /** A note to the city. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The request (global ID). */
  requestId: Scalars['ID']['input'];
};

/** The answer of respondToMeetingRequest: what it changed, or userErrors and nothing changed (contract C4). */
export type RespondToMeetingRequestPayload = {
  __typename?: 'RespondToMeetingRequestPayload';
  /** The request as it is after the mutation; null when it failed. */
  request?: Maybe<MeetingRequest>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of retryMail. */
export type RetryMailInput = {
  /** The FAILED mail. */
  mailId: Scalars['ID']['input'];
};

/** The answer of retryMail: what it changed, or userErrors and nothing changed (contract C4). */
export type RetryMailPayload = {
  __typename?: 'RetryMailPayload';
  /** The mail as it is after the mutation; null when it failed. */
  mail?: Maybe<MailMessage>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of reviewMembershipApplication. */
export type ReviewMembershipApplicationInput = {
  /** The membership application (global ID). */
  applicationId: Scalars['ID']['input'];
  /** Approve or reject. */
  decision: MembershipDecision;
  /** A note on the decision, kept with the application. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of reviewMembershipApplication: what it changed, or userErrors and nothing changed (contract C4). */
export type ReviewMembershipApplicationPayload = {
  __typename?: 'ReviewMembershipApplicationPayload';
  /** The application as it is after the mutation; null when it failed. */
  application?: Maybe<MembershipApplication>;
  /** The city an approval created. */
  city?: Maybe<City>;
  /** The contact's invitation to become the city's CITY_ADMIN (shown once; the server sends no e-mail). */
  invitationToken?: Maybe<Scalars['String']['output']>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of reviewProposal. */
export type ReviewProposalInput = {
  /** The decision. */
  decision: ProposalDecision;
  /** A note to the city. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The proposal (global ID). */
  proposalId: Scalars['ID']['input'];
};

/** The answer of reviewProposal: what it changed, or userErrors and nothing changed (contract C4). */
export type ReviewProposalPayload = {
  __typename?: 'ReviewProposalPayload';
  /** The proposal as it is after the mutation; null when it failed. */
  proposal?: Maybe<Proposal>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of revokeApiToken. */
export type RevokeApiTokenInput = {
  /** The token (global ID). */
  apiTokenId: Scalars['ID']['input'];
};

/** The answer of revokeApiToken: what it changed, or userErrors and nothing changed (contract C4). */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The api token as it is after the mutation; null when it failed. */
  apiToken?: Maybe<ApiToken>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** A role a person can hold. */
export type Role =
  /** Read-only network scope for analytics, without personal contact data. */
  | 'ANALYST'
  /** Runs a city's workspace and its people; votes for the city. */
  | 'CITY_ADMIN'
  /** Writes a city's workspace. */
  | 'CITY_EDITOR'
  /** Reads a city's workspace. */
  | 'CITY_VIEWER'
  /** Network staff: runs summits, elections, memberships, working groups and reports. */
  | 'SECRETARIAT';

/** The input of rotateCalendarFeed. */
export type RotateCalendarFeedInput = {
  /** For CITY: a city of the caller's. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Which feed. */
  scope: CalendarFeedScope;
  /** For WORKING_GROUP: the group. */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of rotateCalendarFeed. */
export type RotateCalendarFeedPayload = {
  __typename?: 'RotateCalendarFeedPayload';
  /** The new feed URL; the old one no longer answers. */
  calendarFeedUrl?: Maybe<Scalars['URL']['output']>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** A person's answer to a meeting's invitation. */
export type RsvpAnswer =
  /** Will attend. */
  | 'GOING'
  /** Might attend. */
  | 'MAYBE'
  /** Will not attend. */
  | 'NOT_GOING';

/** How many answered each way. */
export type RsvpCounts = {
  __typename?: 'RsvpCounts';
  /** Going. */
  going: Scalars['Int']['output'];
  /** Maybe. */
  maybe: Scalars['Int']['output'];
  /** Not going. */
  notGoing: Scalars['Int']['output'];
};

/** The input of saveMeetingMinutes. */
export type SaveMeetingMinutesInput = {
  /** The minutes' version read; leave out (or 0) for the first draft. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The items, in order. */
  items: Array<MinutesItemInput>;
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
  /** A summary of the meeting. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** The input of scheduleMeeting. */
export type ScheduleMeetingInput = {
  /** What it will discuss. */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** When it ends (default: two hours after the start). */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What kind of meeting: REGULAR and EXTRA need onlineUrl, IN_PERSON a location. */
  kind: WorkingGroupMeetingKind;
  /** Required for IN_PERSON meetings. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Required for REGULAR and EXTRA meetings, which are held online (R4.4). */
  onlineUrl?: InputMaybe<Scalars['URL']['input']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
  /** The IANA time zone it is planned in, e.g. Europe/Athens (default Europe/Istanbul). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** The working group (global ID). */
  workingGroupId: Scalars['ID']['input'];
};

/** The answer of scheduleMeeting: what it changed, or userErrors and nothing changed (contract C4). */
export type ScheduleMeetingPayload = {
  __typename?: 'ScheduleMeetingPayload';
  /** The meeting as it is after the mutation; null when it failed. */
  meeting?: Maybe<WorkingGroupMeeting>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The permanent secretariat (R3.1): İBB in Istanbul. */
export type Secretariat = {
  __typename?: 'Secretariat';
  /** The city that holds the secretariat. */
  city?: Maybe<City>;
  /** Whether its staff meets R3.3. */
  compliance: SecretariatCompliance;
  /** Its people (R3.3). */
  staff: Array<SecretariatStaff>;
};

/** R3.3: one network secretary and at least two experts with good English (B2 or above). */
export type SecretariatCompliance = {
  __typename?: 'SecretariatCompliance';
  /** True when the staff meets R3.3. */
  meetsMinimum: Scalars['Boolean']['output'];
  /** What is missing, in words; empty when meetsMinimum. */
  problems: Array<Scalars['String']['output']>;
};

/** A secretariat post (R3.3). */
export type SecretariatPosition =
  /** An expert (at least two, with good English). */
  | 'EXPERT'
  /** The network secretary (one). */
  | 'NETWORK_SECRETARY';

/** A person on the secretariat's staff. */
export type SecretariatStaff = Node & {
  __typename?: 'SecretariatStaff';
  /** Their level of English. */
  englishLevel: CefrLevel;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The person's name. */
  name: Scalars['String']['output'];
  /** Their post. */
  position: SecretariatPosition;
};

/** The input of setCityStatus. */
export type SetCityStatusInput = {
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** Why, kept in the audit log. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status: CityStatus;
};

/** The answer of setCityStatus: what it changed, or userErrors and nothing changed (contract C4). */
export type SetCityStatusPayload = {
  __typename?: 'SetCityStatusPayload';
  /** The city as it is after the mutation; null when it failed. */
  city?: Maybe<City>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of setIndicatorTarget. */
export type SetIndicatorTargetInput = {
  /** Where it starts. */
  baseline: Scalars['Float']['input'];
  /** By when. */
  dueOn: Scalars['Date']['input'];
  /** The indicator (global ID). */
  indicatorId: Scalars['ID']['input'];
  /** Where it should get to (not the baseline). */
  target: Scalars['Float']['input'];
  /** The term. */
  termYear: Scalars['Int']['input'];
};

/** The answer of setIndicatorTarget: what it changed, or userErrors and nothing changed (contract C4). */
export type SetIndicatorTargetPayload = {
  __typename?: 'SetIndicatorTargetPayload';
  /** The indicator as it is after the mutation; null when it failed. */
  indicator?: Maybe<Indicator>;
  /** The target as it is after the mutation; null when it failed. */
  target?: Maybe<IndicatorTarget>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of setLocale. */
export type SetLocaleInput = {
  /** en or tr. */
  locale: Scalars['String']['input'];
};

/** The answer of setLocale: what it changed, or userErrors and nothing changed (contract C4). */
export type SetLocalePayload = {
  __typename?: 'SetLocalePayload';
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The viewer as it is after the mutation; null when it failed. */
  viewer?: Maybe<Viewer>;
};

/** The input of setNotificationPreference. */
export type SetNotificationPreferenceInput = {
  /** How its mail should come. */
  delivery: NotificationDelivery;
  /** The kind of notification (one of Viewer.notificationPreferences' kinds). */
  kind: Scalars['String']['input'];
};

/** The answer of setNotificationPreference: what it changed, or userErrors and nothing changed (contract C4). */
export type SetNotificationPreferencePayload = {
  __typename?: 'SetNotificationPreferencePayload';
  /** The preference as it is after the mutation; null when it failed. */
  preference?: Maybe<NotificationPreference>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of setTimeZone. */
export type SetTimeZoneInput = {
  /** An IANA time zone name, e.g. Europe/Athens. */
  timeZone: Scalars['String']['input'];
};

/** The answer of setTimeZone: what it changed, or userErrors and nothing changed (contract C4). */
export type SetTimeZonePayload = {
  __typename?: 'SetTimeZonePayload';
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
  /** The viewer as it is after the mutation; null when it failed. */
  viewer?: Maybe<Viewer>;
};

/** The input of setUserRole. */
export type SetUserRoleInput = {
  /** The city (global ID). */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Null removes the user's role in cityId (or its network role when cityId is null). */
  role?: InputMaybe<Role>;
  /** The user (global ID). */
  userId: Scalars['ID']['input'];
};

/** The answer of setUserRole: what it changed, or userErrors and nothing changed (contract C4). */
export type SetUserRolePayload = {
  __typename?: 'SetUserRolePayload';
  /** The user as it is after the mutation; null when it failed. */
  user?: Maybe<User>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** Implementation figures for one group. */
export type StatusBreakdown = {
  __typename?: 'StatusBreakdown';
  /** Average progress, 0..100. */
  averageProgress: Scalars['Float']['output'];
  /** How many in each status. */
  counts: Array<StatusCount>;
  /** Machine key of the group (a global ID or a country code). */
  key: Scalars['String']['output'];
  /** Its name, for people. */
  label: Scalars['String']['output'];
};

/** How many implementations are in one status. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ImplementationStatus;
};

/** The input of submitMembershipApplication. */
export type SubmitMembershipApplicationInput = {
  /** The city's name in English. */
  cityName: Scalars['String']['input'];
  /** Their e-mail address. */
  contactEmail: Scalars['String']['input'];
  /** The person the secretariat will contact. */
  contactName: Scalars['String']['input'];
  /** Their post. */
  contactPosition?: InputMaybe<Scalars['String']['input']>;
  /** Its country; must be one of the network's eligible countries. */
  country: Scalars['CountryCode']['input'];
  /** Its name in its own language. */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Its mayor. */
  mayorName?: InputMaybe<Scalars['String']['input']>;
  /** Why the city wants to join. */
  motivation: Scalars['String']['input'];
  /** Inhabitants. */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** The municipality's website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of submitMembershipApplication: what it changed, or userErrors and nothing changed (contract C4). */
export type SubmitMembershipApplicationPayload = {
  __typename?: 'SubmitMembershipApplicationPayload';
  /** The application as it is after the mutation; null when it failed. */
  application?: Maybe<MembershipApplication>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of submitProposal. */
export type SubmitProposalInput = {
  /** The version the change was made against; a stale one answers CONFLICT and changes nothing (contract C6). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The proposal (global ID). */
  proposalId: Scalars['ID']['input'];
};

/** The answer of submitProposal: what it changed, or userErrors and nothing changed (contract C4). */
export type SubmitProposalPayload = {
  __typename?: 'SubmitProposalPayload';
  /** The proposal as it is after the mutation; null when it failed. */
  proposal?: Maybe<Proposal>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/**
 * Live updates, over server-sent events (the graphql-sse protocol, distinct connections mode):
 * POST /graphql with Accept: text/event-stream (or GET with query and variables in the URL), the
 * same Authorization header as every request. Each event is `event: next` with the operation's
 * result; the stream ends with `event: complete`. Events carry IDs and kinds only: read what they
 * name through the API. At most 5 streams per person on one server (TOO_MANY_CONNECTIONS beyond);
 * a comment line every 15 seconds keeps proxies from closing an idle stream; a stream ends when
 * its session ends (sign-out, expiry) and when the server shuts down (reconnect then).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Changes to one item the caller may see (a proposal, a practice, an implementation, ...): an
   * event each time a mutation changes it. The first event is READY. NOT_FOUND when the item does
   * not exist or the caller may not see it; the stream ends if the caller can no longer see it.
   */
  itemChanged: NotificationEvent;
  /**
   * The caller's new notifications, as they are raised (on any server of the deployment). The
   * first event is READY; RESYNC says events may have been missed: read the inbox again.
   */
  notificationReceived: NotificationEvent;
};


/**
 * Live updates, over server-sent events (the graphql-sse protocol, distinct connections mode):
 * POST /graphql with Accept: text/event-stream (or GET with query and variables in the URL), the
 * same Authorization header as every request. Each event is `event: next` with the operation's
 * result; the stream ends with `event: complete`. Events carry IDs and kinds only: read what they
 * name through the API. At most 5 streams per person on one server (TOO_MANY_CONNECTIONS beyond);
 * a comment line every 15 seconds keeps proxies from closing an idle stream; a stream ends when
 * its session ends (sign-out, expiry) and when the server shuts down (reconnect then).
 */
export type SubscriptionItemChangedArgs = {
  id: Scalars['ID']['input'];
};

/** An annual summit of the network's mayors (R1, R2.2). */
export type Summit = Node & {
  __typename?: 'Summit';
  /** The cities that attended, with their people. */
  delegations: Array<Delegation>;
  /** The presidency election held at this summit, if any (R2.2). */
  election?: Maybe<PresidencyElection>;
  /** Last day. */
  endsOn: Scalars['Date']['output'];
  /** The presidency city of the summit's year (R2.5); the founding summit's host is Istanbul. */
  hostCity: City;
  /** Its .ics download (text/calendar). */
  icsUrl: Scalars['URL']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** True for the founding Istanbul Summit of 2021 (R6.1). */
  isFounding: Scalars['Boolean']['output'];
  /** Its motto, when it had one. */
  motto?: Maybe<Scalars['String']['output']>;
  /** First day. */
  startsOn: Scalars['Date']['output'];
  /** Its title, e.g. "Tirana Summit". */
  title: Scalars['String']['output'];
  /** Where it was held. */
  venue?: Maybe<Scalars['String']['output']>;
  /** The year it opens in (one summit a year). */
  year: Scalars['Int']['output'];
};

/** A page of summit items (Relay connection, contract C3). */
export type SummitConnection = {
  __typename?: 'SummitConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<SummitEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One summit in a page, with its cursor. */
export type SummitEdge = {
  __typename?: 'SummitEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Summit;
};

/** A count for one period. */
export type TimeCount = {
  __typename?: 'TimeCount';
  /** How many in the period. */
  count: Scalars['Int']['output'];
  /** How many up to the end of the period. */
  cumulative: Scalars['Int']['output'];
  /** First day of the period. */
  period: Scalars['Date']['output'];
};

/** The width of a period. */
export type TimeInterval =
  /** Calendar months. */
  | 'MONTH'
  /** Calendar years. */
  | 'YEAR';

/** Translatable text (contract C7). */
export type TranslatedText = {
  __typename?: 'TranslatedText';
  /** The original locale. */
  locale: Scalars['String']['output'];
  /** The text in locale, else the request's Accept-Language, else English, else the original. */
  text: Scalars['String']['output'];
  /** Every translation, the original's locale included. */
  translations: Array<Translation>;
};


/** Translatable text (contract C7). */
export type TranslatedTextTextArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

/** The text in one locale. */
export type Translation = {
  __typename?: 'Translation';
  /** BCP 47 locale of this text. */
  locale: Scalars['String']['output'];
  /** Machine-made; never mixed with human text. */
  machine: Scalars['Boolean']['output'];
  /** The text. */
  text: Scalars['String']['output'];
};

/** The input of translation. */
export type TranslationInput = {
  /** BCP 47 locale of this text (e.g. "en", "tr", "sr-Latn"). */
  locale: Scalars['String']['input'];
  /** A machine translation: kept apart from human text and used only where no human text exists. */
  machine?: InputMaybe<Scalars['Boolean']['input']>;
  /** The text. */
  text: Scalars['String']['input'];
};

/** The input of unpublishPractice. */
export type UnpublishPracticeInput = {
  /** The version the change was made against; a stale one answers CONFLICT and changes nothing (contract C6). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The practice (global ID). */
  practiceId: Scalars['ID']['input'];
};

/** The answer of unpublishPractice: what it changed, or userErrors and nothing changed (contract C4). */
export type UnpublishPracticePayload = {
  __typename?: 'UnpublishPracticePayload';
  /** The practice as it is after the mutation; null when it failed. */
  practice?: Maybe<Practice>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of updateCity. */
export type UpdateCityInput = {
  /** The city (global ID). */
  cityId: Scalars['ID']['input'];
  /** Its country (null leaves it). */
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  /** The version the change was made against; a stale one answers CONFLICT and changes nothing (contract C6). */
  expectedVersion: Scalars['Int']['input'];
  /** Its name in its own language (null leaves it). */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Where it is (null leaves it). */
  location?: InputMaybe<GeoPointInput>;
  /** Its mayor (null leaves it). */
  mayorName?: InputMaybe<Scalars['String']['input']>;
  /** Omitted fields stay; an empty string clears localName, mayorName or website. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Inhabitants (null leaves it). */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Its website (null leaves it). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The answer of updateCity: what it changed, or userErrors and nothing changed (contract C4). */
export type UpdateCityPayload = {
  __typename?: 'UpdateCityPayload';
  /** The city as it is after the mutation; null when it failed. */
  city?: Maybe<City>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of updateImplementation. */
export type UpdateImplementationInput = {
  /** Links to evidence. */
  evidenceUrls?: InputMaybe<Array<Scalars['URL']['input']>>;
  /** The version the change was made against; a stale one answers CONFLICT and changes nothing (contract C6). */
  expectedVersion: Scalars['Int']['input'];
  /** The implementation (global ID). */
  implementationId: Scalars['ID']['input'];
  /** What happened, for the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** New progress, 0..100 (null leaves it). */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** New status (null leaves it). */
  status?: InputMaybe<ImplementationStatus>;
  /** New visibility (null leaves it). */
  visibility?: InputMaybe<Visibility>;
};

/** The answer of updateImplementation: what it changed, or userErrors and nothing changed (contract C4). */
export type UpdateImplementationPayload = {
  __typename?: 'UpdateImplementationPayload';
  /** The implementation as it is after the mutation; null when it failed. */
  implementation?: Maybe<Implementation>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of updateMeeting; fields left out stay as they are. */
export type UpdateMeetingInput = {
  /** A new end. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version read (contract C6). */
  expectedVersion: Scalars['Int']['input'];
  /** A new place (empty string clears it). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The meeting (global ID). */
  meetingId: Scalars['ID']['input'];
  /** A new link (empty string clears it). */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** A new start; the end moves with it unless endsAt is given. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A new IANA time zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** The input of updatePractice. */
export type UpdatePracticeInput = {
  /** New text (null leaves it). */
  body?: InputMaybe<Array<TranslationInput>>;
  /** New contact (null leaves it). */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made against; a stale one answers CONFLICT and changes nothing (contract C6). */
  expectedVersion: Scalars['Int']['input'];
  /** New links (null leaves them). */
  links?: InputMaybe<Array<Scalars['URL']['input']>>;
  /** The practice (global ID). */
  practiceId: Scalars['ID']['input'];
  /** New results (null leaves them). */
  results?: InputMaybe<Scalars['String']['input']>;
  /** New goals (null leaves them). */
  sdgs?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** New summary (null leaves it). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** New title (null leaves it). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New visibility (null leaves it). */
  visibility?: InputMaybe<Visibility>;
  /** New working groups (null leaves them). */
  workingGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The answer of updatePractice: what it changed, or userErrors and nothing changed (contract C4). */
export type UpdatePracticePayload = {
  __typename?: 'UpdatePracticePayload';
  /** The practice as it is after the mutation; null when it failed. */
  practice?: Maybe<Practice>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** The input of updateProposal. */
export type UpdateProposalInput = {
  /** New text (null leaves it). */
  body?: InputMaybe<Array<TranslationInput>>;
  /** The version the change was made against; a stale one answers CONFLICT and changes nothing (contract C6). */
  expectedVersion: Scalars['Int']['input'];
  /** Move the proposal to the summit agenda (clears workingGroupId). */
  forSummit?: InputMaybe<Scalars['Boolean']['input']>;
  /** The proposal (global ID). */
  proposalId: Scalars['ID']['input'];
  /** New summary (null leaves it). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** New title (null leaves it). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New visibility (null leaves it). */
  visibility?: InputMaybe<Visibility>;
  /** The working group (global ID). */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer of updateProposal: what it changed, or userErrors and nothing changed (contract C4). */
export type UpdateProposalPayload = {
  __typename?: 'UpdateProposalPayload';
  /** The proposal as it is after the mutation; null when it failed. */
  proposal?: Maybe<Proposal>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** A person with an account. */
export type User = Node & {
  __typename?: 'User';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Their e-mail address (visible to themselves and those who manage them). */
  email: Scalars['Email']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The memberships the caller may see. */
  memberships: Array<CityMembership>;
  /** Their name. */
  name: Scalars['String']['output'];
  /** Their network role, if any. */
  networkRole?: Maybe<NetworkRole>;
  /** Whether they can sign in. */
  status: UserStatus;
};

/** A page of user items (Relay connection, contract C3). */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<UserEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One user in a page, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: User;
};

/** An expected failure of a mutation; the mutation changed nothing. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of failure it is. */
  code: UserErrorCode;
  /** Path to the input field at fault, when there is one. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person; it names the rule when a rule refused. */
  message: Scalars['String']['output'];
};

/** Codes of expected mutation outcomes (contract C4). */
export type UserErrorCode =
  /** The city has already voted in this round of the election (one city, one vote). */
  | 'ALREADY_VOTED'
  /** The object changed since expectedVersion was read; reload and try again (contract C6). */
  | 'CONFLICT'
  /** The object already exists (a key, a name or a membership is taken). */
  | 'DUPLICATE'
  /** R2.4: the city holds the presidency the term before or after, so may not stand. */
  | 'INELIGIBLE_CONSECUTIVE_TERM'
  /** The input breaks a rule of its own (a required field, a format, a range); field names it. */
  | 'INVALID'
  /** The city's country is not one of the network's eligible (Balkan) countries. */
  | 'NOT_ELIGIBLE_COUNTRY'
  /** What the input names does not exist, or the caller may not see it. */
  | 'NOT_FOUND'
  /** A network rule forbids it; the message cites the rule (for example R4.5). */
  | 'RULE_VIOLATION'
  /** The action is for an existing account: sign in to that account and try again (an invitation to an e-mail that already has an account). */
  | 'SIGN_IN_REQUIRED';

/** Narrows a list of user items; every field given must hold (AND), lists match any of their values. */
export type UserFilter = {
  /** Only items of these cities (global IDs). */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only people holding one of these roles. */
  roles?: InputMaybe<Array<Role>>;
  /** Case-insensitive substring of e-mail or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only items in these statuses. */
  statuses?: InputMaybe<Array<UserStatus>>;
};

/** Whether an account can sign in. */
export type UserStatus =
  /** It can sign in. */
  | 'ACTIVE'
  /** It cannot; its sessions ended. */
  | 'DEACTIVATED';

/** Who is calling and what they may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The caller's API tokens (never the tokens themselves). */
  apiTokens: Array<ApiToken>;
  /** The caller's own subscription feed: their meetings and the summits (text/calendar). Rotate it with rotateCalendarFeed. */
  calendarFeedUrl: Scalars['URL']['output'];
  /**
   * What the viewer may do, answered by the same checks the mutations make: a client shows what
   * these allow and does not re-derive roles from memberships.
   */
  can: ViewerCan;
  /** Signed in with an API token: a read-only scope. */
  isApiToken: Scalars['Boolean']['output'];
  /** A CITY_ADMIN of the city holding the current presidency term acts for the presidency. */
  isPresidency: Scalars['Boolean']['output'];
  /** The language the caller's notifications and mail are written in (en or tr). */
  locale: Scalars['String']['output'];
  /** The mail sent (or, with no SMTP server configured, kept) for the caller, newest first. */
  mails: MailMessageConnection;
  /** Their roles in cities. */
  memberships: Array<CityMembership>;
  /** Their network roles. */
  networkRoles: Array<NetworkRole>;
  /** The caller's next meetings (not ended, not cancelled), soonest first: their cities' groups', or every group's for the lead side. */
  nextMeetings: Array<WorkingGroupMeeting>;
  /** How the caller gets mail of each kind of notification (every kind, IMMEDIATE where no choice was made). In-app notifications are always on. */
  notificationPreferences: Array<NotificationPreference>;
  /** The caller's notifications, newest first, each rendered in the caller's language. */
  notifications: NotificationConnection;
  /** The city holding the current presidency term, if any. */
  presidencyCity?: Maybe<City>;
  /** The caller's time zone (IANA, e.g. Europe/Istanbul): digests go out at 07:00 there, weekly ones on Monday. */
  timeZone: Scalars['String']['output'];
  /** The signed-in person. */
  user: User;
};


/** Who is calling and what they may do. */
export type ViewerMailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who is calling and what they may do. */
export type ViewerNextMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who is calling and what they may do. */
export type ViewerNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a viewer may do (Viewer.can). Every answer is false, or empty, for an API token's read-only scope, except viewAnalytics. */
export type ViewerCan = {
  __typename?: 'ViewerCan';
  /** The cities the viewer administers (people, presidency candidacy and votes). */
  adminCityIds: Array<Scalars['ID']['output']>;
  /** Approve proposed working groups. */
  approveWorkingGroups: Scalars['Boolean']['output'];
  /** The cities whose workspace the viewer writes (practices, proposals, implementations). */
  editCityIds: Array<Scalars['ID']['output']>;
  /** The city roles the viewer may give people in a city it manages (inviteUser, setUserRole): the secretariat's and a city admin's; none through an API token. */
  grantCityRoles: Array<CityRole>;
  /** The network roles the viewer may give people (inviteUser, setUserRole): the secretariat's only. */
  grantNetworkRoles: Array<NetworkRole>;
  /** See every outgoing mail and retry failed deliveries (the secretariat). */
  manageMail: Scalars['Boolean']['output'];
  /** Manage the network: cities, summits, working groups. */
  manageNetwork: Scalars['Boolean']['output'];
  /** Manage the permanent secretariat's staff. */
  manageSecretariat: Scalars['Boolean']['output'];
  /** Review membership applications. */
  reviewApplications: Scalars['Boolean']['output'];
  /** Review proposals (the secretariat, or the presidency for other cities' proposals). */
  reviewProposals: Scalars['Boolean']['output'];
  /** Open and close presidency elections. */
  runElections: Scalars['Boolean']['output'];
  /** Run working-group meetings: schedule them, edit agendas and minutes, record attendance, approve minutes (the secretariat or the presidency). */
  runMeetings: Scalars['Boolean']['output'];
  /** Define indicators and set the term's targets (the presidency and the secretariat, R5.1). */
  setIndicatorTargets: Scalars['Boolean']['output'];
  /** Read the network's analytics and annual reports. */
  viewAnalytics: Scalars['Boolean']['output'];
};

/** Who sees a workspace item: its own city only, the network (members, secretariat, analysts), or everyone. Drafts are always private. */
export type Visibility =
  /** Member cities and the secretariat (and analysts). */
  | 'NETWORK'
  /** The own city only. */
  | 'PRIVATE'
  /** Everyone, signed in or not. */
  | 'PUBLIC';

/** The input of withdrawProposal. */
export type WithdrawProposalInput = {
  /** The version the change was made against; a stale one answers CONFLICT and changes nothing (contract C6). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The proposal (global ID). */
  proposalId: Scalars['ID']['input'];
};

/** The answer of withdrawProposal: what it changed, or userErrors and nothing changed (contract C4). */
export type WithdrawProposalPayload = {
  __typename?: 'WithdrawProposalPayload';
  /** The proposal as it is after the mutation; null when it failed. */
  proposal?: Maybe<Proposal>;
  /** Expected failures (contract C4); when there are any, nothing changed. */
  userErrors: Array<UserError>;
};

/** A technical sub-unit of the network that carries out the year's activities (R4.1). */
export type WorkingGroup = Node & {
  __typename?: 'WorkingGroup';
  /** When the second side approved it (R4.5). */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller's subscription feed of this group's meetings (text/calendar; null when signed out). */
  calendarFeedUrl?: Maybe<Scalars['URL']['output']>;
  /** What it works on. */
  description?: Maybe<Scalars['String']['output']>;
  /** Set for TEMPORARY groups; past it the group is CLOSED. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** True when nextRegularMeetingDue has passed without a meeting (R4.4). */
  isMeetingOverdue: Scalars['Boolean']['output'];
  /** Permanent or temporary (R4.2). */
  kind: WorkingGroupKind;
  /** Latest REGULAR or IN_PERSON meeting held (R4.4). */
  lastRegularMeetingOn?: Maybe<Scalars['Date']['output']>;
  /** Member cities' requests for extra meetings (R4.4), newest first; members and the secretariat see them. */
  meetingRequests: Array<MeetingRequest>;
  /** Its meetings, newest first. */
  meetings: WorkingGroupMeetingConnection;
  /** Member cities with their focal points. */
  members: Array<WorkingGroupMember>;
  /** Its name, translatable (English is required). */
  name: TranslatedText;
  /** The next meeting that has not ended and is not cancelled. */
  nextMeeting?: Maybe<WorkingGroupMeeting>;
  /** Three months after the last regular meeting, or after approval when none (R4.4). */
  nextRegularMeetingDue?: Maybe<Scalars['Date']['output']>;
  /** Null for the founding groups (R4.3). */
  proposedBy?: Maybe<WorkingGroupSide>;
  /** URL-safe unique name, e.g. "local-climate-action". */
  slug: Scalars['String']['output'];
  /** Its life cycle. */
  status: WorkingGroupStatus;
};


/** A technical sub-unit of the network that carries out the year's activities (R4.1). */
export type WorkingGroupMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What a working group did in a year. */
export type WorkingGroupActivity = {
  __typename?: 'WorkingGroupActivity';
  /** Extra sessions held. */
  extraMeetings: Scalars['Int']['output'];
  /** Requests for extra meetings. */
  meetingRequests: Scalars['Int']['output'];
  /** One regular meeting for every full three months the group was active that year (R4.4). */
  meetingsDue: Scalars['Int']['output'];
  /** Meetings held that year. */
  meetingsHeld: Scalars['Int']['output'];
  /** Member cities. */
  members: Scalars['Int']['output'];
  /** The group. */
  workingGroup: WorkingGroup;
};

/** A page of working group items (Relay connection, contract C3). */
export type WorkingGroupConnection = {
  __typename?: 'WorkingGroupConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<WorkingGroupEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One working group in a page, with its cursor. */
export type WorkingGroupEdge = {
  __typename?: 'WorkingGroupEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WorkingGroup;
};

/** Narrows a list of working group items; every field given must hold (AND), lists match any of their values. */
export type WorkingGroupFilter = {
  /** Groups any of these cities belongs to. */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only groups of these kinds. */
  kinds?: InputMaybe<Array<WorkingGroupKind>>;
  /** Only items in these statuses. */
  statuses?: InputMaybe<Array<WorkingGroupStatus>>;
};

/** Whether a theme is lasting or of the period (R4.2). */
export type WorkingGroupKind =
  /** A lasting theme. */
  | 'PERMANENT'
  /** A theme of the period's priorities, with an end date. */
  | 'TEMPORARY';

/** A meeting of a working group. */
export type WorkingGroupMeeting = Node & {
  __typename?: 'WorkingGroupMeeting';
  /** What it will discuss. */
  agenda?: Maybe<Scalars['String']['output']>;
  /** The agenda, in order. */
  agendaItems: Array<AgendaItem>;
  /** Who attended, per person (members of the network and the secretariat). */
  attendance: Array<MeetingAttendance>;
  /** The cities recorded as present. */
  attendingCities: Array<City>;
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Its .ics download (text/calendar). */
  icsUrl: Scalars['URL']['output'];
  /** Opaque global ID (contract C2). */
  id: Scalars['ID']['output'];
  /** The officials invited: those of the group's member cities (members of the network and the secretariat). */
  invitees: Array<MeetingInvitee>;
  /** What kind of meeting. */
  kind: WorkingGroupMeetingKind;
  /** Where an in-person meeting is held. */
  location?: Maybe<Scalars['String']['output']>;
  /** The minutes drafted per agenda item; null when none the caller may read (drafts: members of the network). */
  meetingMinutes?: Maybe<MeetingMinutes>;
  /** What was decided, once recorded. */
  minutes?: Maybe<Scalars['String']['output']>;
  /** The link of an online meeting. */
  onlineUrl?: Maybe<Scalars['URL']['output']>;
  /** The member city whose request led to this EXTRA meeting (R4.4). */
  requestedBy?: Maybe<City>;
  /** How many answered each way. */
  rsvpCounts: RsvpCounts;
  /** The answers to the invitation (members of the network and the secretariat). */
  rsvps: Array<MeetingRsvp>;
  /** The calendar SEQUENCE: bumped whenever time, place or status change. */
  sequence: Scalars['Int']['output'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Whether it still takes place. */
  status: MeetingStatus;
  /** The IANA time zone it is planned in, e.g. Europe/Athens. */
  timeZone: Scalars['String']['output'];
  /** The meeting in the app. */
  url: Scalars['URL']['output'];
  /** Changes with every edit (contract C6). */
  version: Scalars['Int']['output'];
  /** True when the caller may add an agenda item now (an editor of a member city, or the lead side, before the meeting). */
  viewerMayAddAgendaItem: Scalars['Boolean']['output'];
  /** True when the caller is invited and may still answer. */
  viewerMayRsvp: Scalars['Boolean']['output'];
  /** The caller's own answer, if any. */
  viewerRsvp?: Maybe<RsvpAnswer>;
  /** The group that met. */
  workingGroup: WorkingGroup;
};

/** A page of working group meeting items (Relay connection, contract C3). */
export type WorkingGroupMeetingConnection = {
  __typename?: 'WorkingGroupMeetingConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<WorkingGroupMeetingEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (the same on every page). */
  totalCount: Scalars['Int']['output'];
};

/** One working group meeting in a page, with its cursor. */
export type WorkingGroupMeetingEdge = {
  __typename?: 'WorkingGroupMeetingEdge';
  /** Opaque cursor of this item: pass it as after or before to page from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WorkingGroupMeeting;
};

/** What kind of meeting (R4.4). */
export type WorkingGroupMeetingKind =
  /** An additional online session, e.g. at a member city's request; does not reset the clock. */
  | 'EXTRA'
  /** A face-to-face meeting in a member city; resets the clock. */
  | 'IN_PERSON'
  /** The quarterly online meeting; resets the three-month clock. */
  | 'REGULAR'
  /** A group's session during the annual summit; does not reset the clock. */
  | 'SUMMIT_SESSION';

/** A city's membership of a working group. */
export type WorkingGroupMember = {
  __typename?: 'WorkingGroupMember';
  /** The member city. */
  city: City;
  /** The city's contact person for the group. */
  focalPoint?: Maybe<Scalars['String']['output']>;
  /** When it joined. */
  joinedAt: Scalars['DateTime']['output'];
};

/** The two sides that agree on a new working group (R4.5). */
export type WorkingGroupSide =
  /** The presidency of the year. */
  | 'PRESIDENCY'
  /** The permanent secretariat. */
  | 'SECRETARIAT';

/** A working group's life cycle (R4.5). */
export type WorkingGroupStatus =
  /** Approved by the presidency and the secretariat; it meets. */
  | 'ACTIVE'
  /** No longer meets. */
  | 'CLOSED'
  /** Proposed by one side, awaiting the other's approval. */
  | 'PROPOSED';

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename: 'LogoutPayload', ok: boolean } };

export type BellQueryVariables = Exact<{ [key: string]: never; }>;


export type BellQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', notifications: { __typename: 'NotificationConnection', unreadCount: number } } | null };

export type NextMeetingsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NextMeetingsQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', nextMeetings: Array<{ __typename: 'WorkingGroupMeeting', id: string, kind: WorkingGroupMeetingKind, startsAt: string, endsAt: string, timeZone: string, icsUrl: string, viewerRsvp?: RsvpAnswer | null, workingGroup: { __typename: 'WorkingGroup', id: string, slug: string, name: { __typename: 'TranslatedText', text: string } } }> } | null };

export type PracticeCard_PracticeFragment = { __typename: 'Practice', id: string, title: string, summary?: string | null, visibility: Visibility, city: { __typename: 'City', id: string, slug: string, name: string } };

export type LiveNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveNotificationsSubscription = { __typename?: 'Subscription', notificationReceived: { __typename: 'NotificationEvent', kind: string, notificationId?: string | null, subjectId?: string | null } };

export type AnalyticsPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type AnalyticsPageQuery = { __typename?: 'Query', all: { __typename: 'Analytics', membershipGrowth: Array<{ __typename: 'TimeCount', period: string, count: number, cumulative: number }> }, inYear: { __typename: 'Analytics', implementationStatus: Array<{ __typename: 'StatusBreakdown', key: string, label: string, averageProgress: number, counts: Array<{ __typename: 'StatusCount', status: ImplementationStatus, count: number }> }>, byRecommendation: Array<{ __typename: 'StatusBreakdown', key: string, label: string, averageProgress: number, counts: Array<{ __typename: 'StatusCount', status: ImplementationStatus, count: number }> }>, recommendationAdoption: Array<{ __typename: 'RecommendationAdoptionRow', committed: number, inProgress: number, completed: number, notPursued: number, recommendation: { __typename: 'Recommendation', id: string, title: string }, cities: Array<{ __typename: 'CityAdoption', status: ImplementationStatus, progress: number, city: { __typename: 'City', id: string, slug: string, name: string, country: string } }> }>, indicatorProgress: Array<{ __typename: 'IndicatorProgressRow', indicator: { __typename: 'Indicator', id: string, name: string, unit: string }, progress: { __typename: 'IndicatorProgress', latest?: number | null, percent?: number | null, onTrack: boolean, target?: { __typename: 'IndicatorTarget', baseline: number, target: number, dueOn: string } | null } }>, workingGroupActivity: Array<{ __typename: 'WorkingGroupActivity', meetingsHeld: number, meetingsDue: number, extraMeetings: number, workingGroup: { __typename: 'WorkingGroup', id: string, name: { __typename: 'TranslatedText', text: string } } }> } };

export type AnnualReportPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type AnnualReportPageQuery = { __typename?: 'Query', annualReport?: { __typename: 'AnnualReport', year: number, finalizedAt?: string | null, markdownUrl: string, practicesShared: number, presidency?: { __typename: 'ReportPresidency', city: { __typename: 'City', slug: string, name: string } } | null, newMembers: Array<{ __typename: 'ReportNewMember', memberSince: string, city: { __typename: 'City', slug: string, name: string } }>, proposals: { __typename: 'ReportProposals', submitted: number, accepted: number, declined: number, withdrawn: number, underReview: number }, implementations: { __typename: 'ReportImplementations', byStatus: Array<{ __typename: 'StatusCount', status: ImplementationStatus, count: number }> }, workingGroups: Array<{ __typename: 'ReportWorkingGroup', meetingsHeld: number, meetingsDue: number, group: { __typename: 'WorkingGroup', name: { __typename: 'TranslatedText', text: string } } }> } | null };

export type ApplyInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplyInfoQuery = { __typename?: 'Query', network: { __typename: 'Network', name: string, eligibleCountries: Array<string> } };

export type SubmitMembershipApplicationMutationVariables = Exact<{
  input: SubmitMembershipApplicationInput;
}>;


export type SubmitMembershipApplicationMutation = { __typename?: 'Mutation', submitMembershipApplication: { __typename: 'SubmitMembershipApplicationPayload', application?: { __typename: 'MembershipApplication', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename: 'LoginPayload', token?: string | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename: 'RequestPasswordResetPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename: 'ResetPasswordPayload', token?: string | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename: 'AcceptInvitationPayload', token?: string | null, viewer?: { __typename: 'Viewer', user: { __typename: 'User', id: string } } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename: 'ChangePasswordPayload', userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', calendarFeedUrl: string } | null };

export type RotateCalendarFeedMutationVariables = Exact<{
  input: RotateCalendarFeedInput;
}>;


export type RotateCalendarFeedMutation = { __typename?: 'Mutation', rotateCalendarFeed: { __typename: 'RotateCalendarFeedPayload', calendarFeedUrl?: string | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CitiesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CityFilter>;
}>;


export type CitiesQuery = { __typename?: 'Query', cities: { __typename: 'CityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'CityEdge', node: { __typename: 'City', id: string, localName?: string | null, country: string, status: CityStatus, memberSince?: string | null, isFoundingMember: boolean, slug: string, name: string } }> } };

export type CityPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CityPageQuery = { __typename?: 'Query', city?: { __typename: 'City', id: string, slug: string, name: string, localName?: string | null, country: string, status: CityStatus, memberSince?: string | null, joinRoute?: JoinRoute | null, isFoundingMember: boolean, population?: number | null, mayorName?: string | null, website?: string | null, workingGroups: Array<{ __typename: 'WorkingGroup', id: string, slug: string, kind: WorkingGroupKind, status: WorkingGroupStatus, name: { __typename: 'TranslatedText', text: string } }>, presidencyTerms: Array<{ __typename: 'PresidencyTerm', id: string, year: number, status: PresidencyTermStatus }>, practices: { __typename: 'PracticeConnection', totalCount: number, edges: Array<{ __typename: 'PracticeEdge', node: { __typename: 'Practice', id: string, title: string, summary?: string | null, visibility: Visibility, city: { __typename: 'City', id: string, slug: string, name: string } } }> } } | null };

export type DeskQueryVariables = Exact<{
  applications: Scalars['Boolean']['input'];
  elections: Scalars['Boolean']['input'];
  groups: Scalars['Boolean']['input'];
}>;


export type DeskQuery = { __typename?: 'Query', membershipApplications?: { __typename: 'MembershipApplicationConnection', edges: Array<{ __typename: 'MembershipApplicationEdge', node: { __typename: 'MembershipApplication', id: string, cityName: string, localName?: string | null, country: string, mayorName?: string | null, contactName: string, contactEmail: string, contactPosition?: string | null, website?: string | null, population?: number | null, motivation: string, submittedAt: string } }> }, proposals: { __typename: 'ProposalConnection', edges: Array<{ __typename: 'ProposalEdge', node: { __typename: 'Proposal', id: string, title: string, summary?: string | null, status: ProposalStatus, submittedAt?: string | null, city: { __typename: 'City', slug: string, name: string }, body: { __typename: 'TranslatedText', text: string }, endorsements: Array<{ __typename: 'City', id: string, slug: string, name: string }>, workingGroup?: { __typename: 'WorkingGroup', id: string, name: { __typename: 'TranslatedText', text: string } } | null, recommendation?: { __typename: 'Recommendation', id: string } | null } }> }, summits?: { __typename: 'SummitConnection', edges: Array<{ __typename: 'SummitEdge', node: { __typename: 'Summit', id: string, year: number, title: string, election?: { __typename: 'PresidencyElection', id: string, termYear: number, status: PresidencyElectionStatus, round: number, votesCast?: number | null, eligibleVoters: number, candidates: Array<{ __typename: 'PresidencyCandidate', votes?: number | null, city: { __typename: 'City', id: string, name: string } }> } | null } }> }, workingGroups?: { __typename: 'WorkingGroupConnection', edges: Array<{ __typename: 'WorkingGroupEdge', node: { __typename: 'WorkingGroup', id: string, proposedBy?: WorkingGroupSide | null, name: { __typename: 'TranslatedText', text: string } } }> } };

export type ReviewApplicationMutationVariables = Exact<{
  input: ReviewMembershipApplicationInput;
}>;


export type ReviewApplicationMutation = { __typename?: 'Mutation', reviewMembershipApplication: { __typename: 'ReviewMembershipApplicationPayload', invitationToken?: string | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ReviewProposalMutationVariables = Exact<{
  input: ReviewProposalInput;
}>;


export type ReviewProposalMutation = { __typename?: 'Mutation', reviewProposal: { __typename: 'ReviewProposalPayload', proposal?: { __typename: 'Proposal', id: string, status: ProposalStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type AdoptRecommendationMutationVariables = Exact<{
  input: AdoptRecommendationInput;
}>;


export type AdoptRecommendationMutation = { __typename?: 'Mutation', adoptRecommendation: { __typename: 'AdoptRecommendationPayload', recommendation?: { __typename: 'Recommendation', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type OpenElectionMutationVariables = Exact<{
  input: OpenPresidencyElectionInput;
}>;


export type OpenElectionMutation = { __typename?: 'Mutation', openPresidencyElection: { __typename: 'OpenPresidencyElectionPayload', election?: { __typename: 'PresidencyElection', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CloseElectionMutationVariables = Exact<{
  input: ClosePresidencyElectionInput;
}>;


export type CloseElectionMutation = { __typename?: 'Mutation', closePresidencyElection: { __typename: 'ClosePresidencyElectionPayload', election?: { __typename: 'PresidencyElection', id: string, status: PresidencyElectionStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ApproveGroupMutationVariables = Exact<{
  input: ApproveWorkingGroupInput;
}>;


export type ApproveGroupMutation = { __typename?: 'Mutation', approveWorkingGroup: { __typename: 'ApproveWorkingGroupPayload', workingGroup?: { __typename: 'WorkingGroup', id: string, status: WorkingGroupStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type GroupPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type GroupPageQuery = { __typename?: 'Query', workingGroup?: { __typename: 'WorkingGroup', id: string, slug: string, status: WorkingGroupStatus, kind: WorkingGroupKind, description?: string | null, lastRegularMeetingOn?: string | null, nextRegularMeetingDue?: string | null, isMeetingOverdue: boolean, name: { __typename: 'TranslatedText', text: string }, members: Array<{ __typename: 'WorkingGroupMember', focalPoint?: string | null, city: { __typename: 'City', id: string, slug: string, name: string } }>, nextMeeting?: { __typename: 'WorkingGroupMeeting', id: string, kind: WorkingGroupMeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, timeZone: string, onlineUrl?: string | null, location?: string | null, icsUrl: string, version: number, viewerRsvp?: RsvpAnswer | null, viewerMayRsvp: boolean, viewerMayAddAgendaItem: boolean, workingGroup: { __typename: 'WorkingGroup', id: string, slug: string, name: { __typename: 'TranslatedText', text: string }, members: Array<{ __typename: 'WorkingGroupMember', city: { __typename: 'City', id: string, slug: string, name: string } }> }, agendaItems: Array<{ __typename: 'AgendaItem', id: string, position: number, title: string, description?: string | null, addedBy?: { __typename: 'City', id: string, slug: string, name: string } | null, proposal?: { __typename: 'Proposal', id: string, title: string } | null, recommendation?: { __typename: 'Recommendation', id: string, title: string } | null }>, rsvpCounts: { __typename: 'RsvpCounts', going: number, notGoing: number, maybe: number } } | null, meetings: { __typename: 'WorkingGroupMeetingConnection', edges: Array<{ __typename: 'WorkingGroupMeetingEdge', node: { __typename: 'WorkingGroupMeeting', id: string, kind: WorkingGroupMeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, timeZone: string, attendingCities: Array<{ __typename: 'City', id: string }>, meetingMinutes?: { __typename: 'MeetingMinutes', status: MinutesStatus } | null } }> }, meetingRequests: Array<{ __typename: 'MeetingRequest', id: string, reason: string, requestedAt: string, status: MeetingRequestStatus, respondedAt?: string | null, responseNote?: string | null, city: { __typename: 'City', id: string, slug: string, name: string }, meeting?: { __typename: 'WorkingGroupMeeting', id: string, startsAt: string } | null }> } | null };

export type GroupFeedQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type GroupFeedQuery = { __typename?: 'Query', workingGroup?: { __typename: 'WorkingGroup', id: string, calendarFeedUrl?: string | null } | null };

export type JoinGroupMutationVariables = Exact<{
  input: JoinWorkingGroupInput;
}>;


export type JoinGroupMutation = { __typename?: 'Mutation', joinWorkingGroup: { __typename: 'JoinWorkingGroupPayload', workingGroup?: { __typename: 'WorkingGroup', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type LeaveGroupMutationVariables = Exact<{
  input: LeaveWorkingGroupInput;
}>;


export type LeaveGroupMutation = { __typename?: 'Mutation', leaveWorkingGroup: { __typename: 'LeaveWorkingGroupPayload', workingGroup?: { __typename: 'WorkingGroup', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type RequestExtraMeetingMutationVariables = Exact<{
  input: RequestExtraMeetingInput;
}>;


export type RequestExtraMeetingMutation = { __typename?: 'Mutation', requestExtraMeeting: { __typename: 'RequestExtraMeetingPayload', request?: { __typename: 'MeetingRequest', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type RespondToMeetingRequestMutationVariables = Exact<{
  input: RespondToMeetingRequestInput;
}>;


export type RespondToMeetingRequestMutation = { __typename?: 'Mutation', respondToMeetingRequest: { __typename: 'RespondToMeetingRequestPayload', request?: { __typename: 'MeetingRequest', id: string, status: MeetingRequestStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ScheduleGroupMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleGroupMeetingMutation = { __typename?: 'Mutation', scheduleMeeting: { __typename: 'ScheduleMeetingPayload', meeting?: { __typename: 'WorkingGroupMeeting', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type HomeQueryVariables = Exact<{
  cityIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  city: Scalars['Boolean']['input'];
  secretariat: Scalars['Boolean']['input'];
  review: Scalars['Boolean']['input'];
  figures: Scalars['Boolean']['input'];
  staleBefore: Scalars['DateTime']['input'];
}>;


export type HomeQuery = { __typename?: 'Query', draftPractices?: { __typename: 'PracticeConnection', totalCount: number, edges: Array<{ __typename: 'PracticeEdge', node: { __typename: 'Practice', id: string, title: string, city: { __typename: 'City', id: string, name: string } } }> }, draftProposals?: { __typename: 'ProposalConnection', totalCount: number, edges: Array<{ __typename: 'ProposalEdge', node: { __typename: 'Proposal', id: string, title: string, city: { __typename: 'City', id: string, name: string } } }> }, waitingProposals?: { __typename: 'ProposalConnection', totalCount: number, edges: Array<{ __typename: 'ProposalEdge', node: { __typename: 'Proposal', id: string, title: string, status: ProposalStatus, submittedAt?: string | null, city: { __typename: 'City', id: string, name: string } } }> }, staleImplementations?: { __typename: 'ImplementationConnection', totalCount: number, edges: Array<{ __typename: 'ImplementationEdge', node: { __typename: 'Implementation', id: string, status: ImplementationStatus, updatedAt: string, city: { __typename: 'City', id: string, name: string }, recommendation?: { __typename: 'Recommendation', title: string } | null, sourcePractice?: { __typename: 'Practice', title: string } | null } }> }, applications?: { __typename: 'MembershipApplicationConnection', totalCount: number, edges: Array<{ __typename: 'MembershipApplicationEdge', node: { __typename: 'MembershipApplication', id: string, cityName: string, country: string, submittedAt: string } }> }, toReview?: { __typename: 'ProposalConnection', totalCount: number, edges: Array<{ __typename: 'ProposalEdge', node: { __typename: 'Proposal', id: string, title: string, status: ProposalStatus, city: { __typename: 'City', slug: string, name: string } } }> }, groups?: { __typename: 'WorkingGroupConnection', edges: Array<{ __typename: 'WorkingGroupEdge', node: { __typename: 'WorkingGroup', id: string, slug: string, isMeetingOverdue: boolean, nextRegularMeetingDue?: string | null, name: { __typename: 'TranslatedText', text: string } } }> }, summits: { __typename: 'SummitConnection', edges: Array<{ __typename: 'SummitEdge', node: { __typename: 'Summit', id: string, year: number, title: string, election?: { __typename: 'PresidencyElection', id: string, termYear: number, status: PresidencyElectionStatus, votesCast?: number | null, eligibleVoters: number } | null } }> }, network: { __typename: 'Network', memberCount: number, secretariat?: { __typename: 'Secretariat', compliance: { __typename: 'SecretariatCompliance', meetsMinimum: boolean, problems: Array<string> } } }, practiceCount?: { __typename: 'PracticeConnection', totalCount: number }, recommendationCount?: { __typename: 'RecommendationConnection', totalCount: number }, implementationCount?: { __typename: 'ImplementationConnection', totalCount: number }, completedCount?: { __typename: 'ImplementationConnection', totalCount: number } };

export type CityImplementationsQueryVariables = Exact<{
  cityIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type CityImplementationsQuery = { __typename?: 'Query', implementations: { __typename: 'ImplementationConnection', edges: Array<{ __typename: 'ImplementationEdge', node: { __typename: 'Implementation', id: string, status: ImplementationStatus, progress: number, version: number, visibility: Visibility, recommendation?: { __typename: 'Recommendation', title: string } | null, sourcePractice?: { __typename: 'Practice', title: string } | null, updates: { __typename: 'ImplementationUpdateConnection', edges: Array<{ __typename: 'ImplementationUpdateEdge', node: { __typename: 'ImplementationUpdate', id: string, at: string, status: ImplementationStatus, progress: number, note?: string | null } }> } } }> } };

export type UpdateImplementationMutationVariables = Exact<{
  input: UpdateImplementationInput;
}>;


export type UpdateImplementationMutation = { __typename?: 'Mutation', updateImplementation: { __typename: 'UpdateImplementationPayload', implementation?: { __typename: 'Implementation', id: string, version: number } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type InboxQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type InboxQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', notifications: { __typename: 'NotificationConnection', totalCount: number, unreadCount: number, edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, kind: string, url?: string | null, createdAt: string, readAt?: string | null, title: { __typename: 'Translation', text: string }, body: { __typename: 'Translation', text: string } } }> } } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', marked: number, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string }> } };

export type ProposalPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalPageQuery = { __typename?: 'Query', node?:
    | { __typename: 'AgendaItem' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'City' }
    | { __typename: 'Delegation' }
    | { __typename: 'Implementation' }
    | { __typename: 'ImplementationUpdate' }
    | { __typename: 'Indicator' }
    | { __typename: 'Invitation' }
    | { __typename: 'MeetingRequest' }
    | { __typename: 'MembershipApplication' }
    | { __typename: 'Network' }
    | { __typename: 'Notification' }
    | { __typename: 'Practice' }
    | { __typename: 'PresidencyElection' }
    | { __typename: 'PresidencyTerm' }
    | { __typename: 'Proposal', id: string, title: string, summary?: string | null, status: ProposalStatus, visibility: Visibility, submittedAt?: string | null, decidedAt?: string | null, decisionNote?: string | null, createdAt: string, body: { __typename: 'TranslatedText', text: string, locale: string }, city: { __typename: 'City', id: string, slug: string, name: string }, workingGroup?: { __typename: 'WorkingGroup', id: string, slug: string, name: { __typename: 'TranslatedText', text: string } } | null, endorsements: Array<{ __typename: 'City', id: string, slug: string, name: string }>, recommendation?: { __typename: 'Recommendation', id: string, title: string } | null }
    | { __typename: 'Recommendation' }
    | { __typename: 'SecretariatStaff' }
    | { __typename: 'Summit' }
    | { __typename: 'User' }
    | { __typename: 'WorkingGroup' }
    | { __typename: 'WorkingGroupMeeting' }
   | null };

export type EndorseProposalMutationVariables = Exact<{
  input: EndorseProposalInput;
}>;


export type EndorseProposalMutation = { __typename?: 'Mutation', endorseProposal: { __typename: 'EndorseProposalPayload', proposal?: { __typename: 'Proposal', id: string, endorsements: Array<{ __typename: 'City', id: string }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type RecommendationPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RecommendationPageQuery = { __typename?: 'Query', node?:
    | { __typename: 'AgendaItem' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'City' }
    | { __typename: 'Delegation' }
    | { __typename: 'Implementation' }
    | { __typename: 'ImplementationUpdate' }
    | { __typename: 'Indicator' }
    | { __typename: 'Invitation' }
    | { __typename: 'MeetingRequest' }
    | { __typename: 'MembershipApplication' }
    | { __typename: 'Network' }
    | { __typename: 'Notification' }
    | { __typename: 'Practice' }
    | { __typename: 'PresidencyElection' }
    | { __typename: 'PresidencyTerm' }
    | { __typename: 'Proposal' }
    | { __typename: 'Recommendation', id: string, title: string, adoptedOn: string, body: { __typename: 'TranslatedText', text: string, locale: string }, source: { __typename: 'RecommendationSource', proposal?: { __typename: 'Proposal', id: string, title: string, city: { __typename: 'City', slug: string, name: string } } | null, workingGroup?: { __typename: 'WorkingGroup', id: string, name: { __typename: 'TranslatedText', text: string } } | null, summit?: { __typename: 'Summit', id: string, year: number, title: string } | null }, adoption: { __typename: 'Adoption', committed: number, inProgress: number, completed: number, notPursued: number, suspended: number, cities: number }, implementations: { __typename: 'ImplementationConnection', edges: Array<{ __typename: 'ImplementationEdge', node: { __typename: 'Implementation', id: string, status: ImplementationStatus, progress: number, updatedAt: string, city: { __typename: 'City', id: string, slug: string, name: string } } }> } }
    | { __typename: 'SecretariatStaff' }
    | { __typename: 'Summit' }
    | { __typename: 'User' }
    | { __typename: 'WorkingGroup' }
    | { __typename: 'WorkingGroupMeeting' }
   | null };

export type CommitFromPageMutationVariables = Exact<{
  input: CommitToRecommendationInput;
}>;


export type CommitFromPageMutation = { __typename?: 'Mutation', commitToRecommendation: { __typename: 'CommitToRecommendationPayload', implementation?: { __typename: 'Implementation', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ImplementationPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImplementationPageQuery = { __typename?: 'Query', node?:
    | { __typename: 'AgendaItem' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'City' }
    | { __typename: 'Delegation' }
    | { __typename: 'Implementation', id: string, status: ImplementationStatus, progress: number, version: number, visibility: Visibility, plannedStart?: string | null, plannedEnd?: string | null, createdAt: string, updatedAt: string, city: { __typename: 'City', id: string, slug: string, name: string }, recommendation?: { __typename: 'Recommendation', id: string, title: string } | null, sourcePractice?: { __typename: 'Practice', id: string, title: string } | null, updates: { __typename: 'ImplementationUpdateConnection', edges: Array<{ __typename: 'ImplementationUpdateEdge', node: { __typename: 'ImplementationUpdate', id: string, at: string, status: ImplementationStatus, progress: number, note?: string | null, evidenceUrls: Array<string>, author?: { __typename: 'User', id: string, name: string } | null } }> } }
    | { __typename: 'ImplementationUpdate' }
    | { __typename: 'Indicator' }
    | { __typename: 'Invitation' }
    | { __typename: 'MeetingRequest' }
    | { __typename: 'MembershipApplication' }
    | { __typename: 'Network' }
    | { __typename: 'Notification' }
    | { __typename: 'Practice' }
    | { __typename: 'PresidencyElection' }
    | { __typename: 'PresidencyTerm' }
    | { __typename: 'Proposal' }
    | { __typename: 'Recommendation' }
    | { __typename: 'SecretariatStaff' }
    | { __typename: 'Summit' }
    | { __typename: 'User' }
    | { __typename: 'WorkingGroup' }
    | { __typename: 'WorkingGroupMeeting' }
   | null };

export type ElectionPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ElectionPageQuery = { __typename?: 'Query', node?:
    | { __typename: 'AgendaItem' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'City' }
    | { __typename: 'Delegation' }
    | { __typename: 'Implementation' }
    | { __typename: 'ImplementationUpdate' }
    | { __typename: 'Indicator' }
    | { __typename: 'Invitation' }
    | { __typename: 'MeetingRequest' }
    | { __typename: 'MembershipApplication' }
    | { __typename: 'Network' }
    | { __typename: 'Notification' }
    | { __typename: 'Practice' }
    | { __typename: 'PresidencyElection', id: string, termYear: number, status: PresidencyElectionStatus, openedAt: string, closedAt?: string | null, summit: { __typename: 'Summit', id: string, year: number, title: string, hostCity: { __typename: 'City', slug: string, name: string } } }
    | { __typename: 'PresidencyTerm' }
    | { __typename: 'Proposal' }
    | { __typename: 'Recommendation' }
    | { __typename: 'SecretariatStaff' }
    | { __typename: 'Summit' }
    | { __typename: 'User' }
    | { __typename: 'WorkingGroup' }
    | { __typename: 'WorkingGroupMeeting' }
   | null };

export type OutgoingMailQueryVariables = Exact<{
  statuses?: InputMaybe<Array<MailStatus> | MailStatus>;
}>;


export type OutgoingMailQuery = { __typename?: 'Query', outgoingMails: { __typename: 'MailMessageConnection', totalCount: number, edges: Array<{ __typename: 'MailMessageEdge', node: { __typename: 'MailMessage', id: string, to: string, kind: string, status: MailStatus, subject?: string | null, attempts: number, lastAnswer?: string | null, createdAt: string, sentAt?: string | null, deliveryAttempts: Array<{ __typename: 'MailAttempt', at: string, ok: boolean, answer: string }> } }> } };

export type RetryMailMutationVariables = Exact<{
  input: RetryMailInput;
}>;


export type RetryMailMutation = { __typename?: 'Mutation', retryMail: { __typename: 'RetryMailPayload', mail?: { __typename: 'MailMessage', id: string, status: MailStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type MeetingSummary_MeetingFragment = { __typename: 'WorkingGroupMeeting', id: string, kind: WorkingGroupMeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, timeZone: string, onlineUrl?: string | null, location?: string | null, icsUrl: string, version: number, viewerRsvp?: RsvpAnswer | null, viewerMayRsvp: boolean, viewerMayAddAgendaItem: boolean, workingGroup: { __typename: 'WorkingGroup', id: string, slug: string, name: { __typename: 'TranslatedText', text: string }, members: Array<{ __typename: 'WorkingGroupMember', city: { __typename: 'City', id: string, slug: string, name: string } }> }, agendaItems: Array<{ __typename: 'AgendaItem', id: string, position: number, title: string, description?: string | null, addedBy?: { __typename: 'City', id: string, slug: string, name: string } | null, proposal?: { __typename: 'Proposal', id: string, title: string } | null, recommendation?: { __typename: 'Recommendation', id: string, title: string } | null }>, rsvpCounts: { __typename: 'RsvpCounts', going: number, notGoing: number, maybe: number } };

export type AnswerMeetingMutationVariables = Exact<{
  input: AnswerMeetingInvitationInput;
}>;


export type AnswerMeetingMutation = { __typename?: 'Mutation', answerMeetingInvitation: { __typename: 'MeetingPayload', meeting?: { __typename: 'WorkingGroupMeeting', id: string, viewerRsvp?: RsvpAnswer | null, rsvpCounts: { __typename: 'RsvpCounts', going: number, notGoing: number, maybe: number } } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { __typename?: 'Mutation', addAgendaItem: { __typename: 'MeetingPayload', meeting?: { __typename: 'WorkingGroupMeeting', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type MeetingPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingPageQuery = { __typename?: 'Query', node?:
    | { __typename: 'AgendaItem' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'City' }
    | { __typename: 'Delegation' }
    | { __typename: 'Implementation' }
    | { __typename: 'ImplementationUpdate' }
    | { __typename: 'Indicator' }
    | { __typename: 'Invitation' }
    | { __typename: 'MeetingRequest' }
    | { __typename: 'MembershipApplication' }
    | { __typename: 'Network' }
    | { __typename: 'Notification' }
    | { __typename: 'Practice' }
    | { __typename: 'PresidencyElection' }
    | { __typename: 'PresidencyTerm' }
    | { __typename: 'Proposal' }
    | { __typename: 'Recommendation' }
    | { __typename: 'SecretariatStaff' }
    | { __typename: 'Summit' }
    | { __typename: 'User' }
    | { __typename: 'WorkingGroup' }
    | { __typename: 'WorkingGroupMeeting', id: string, startsAt: string, endsAt: string, status: MeetingStatus, kind: WorkingGroupMeetingKind, timeZone: string, onlineUrl?: string | null, location?: string | null, icsUrl: string, version: number, viewerRsvp?: RsvpAnswer | null, viewerMayRsvp: boolean, viewerMayAddAgendaItem: boolean, agendaItems: Array<{ __typename: 'AgendaItem', id: string, title: string, position: number, description?: string | null, addedBy?: { __typename: 'City', id: string, slug: string, name: string } | null, proposal?: { __typename: 'Proposal', id: string, title: string } | null, recommendation?: { __typename: 'Recommendation', id: string, title: string } | null }>, invitees: Array<{ __typename: 'MeetingInvitee', userId: string, name: string, city: { __typename: 'City', id: string, name: string } }>, attendance: Array<{ __typename: 'MeetingAttendance', personName: string, status: AttendanceStatus, city: { __typename: 'City', id: string, slug: string, name: string } }>, attendingCities: Array<{ __typename: 'City', id: string, slug: string, name: string }>, meetingMinutes?: { __typename: 'MeetingMinutes', status: MinutesStatus, version: number, summary?: string | null, approvedAt?: string | null, contentHash?: string | null, markdownUrl?: string | null, items: Array<{ __typename: 'MinutesItem', title: string, notes: string, agendaItem?: { __typename: 'AgendaItem', id: string } | null, decisions: Array<{ __typename: 'MinutesDecision', key: string, text: string, recommendation?: { __typename: 'Recommendation', id: string, title: string } | null }>, actionItems: Array<{ __typename: 'ActionItem', text: string, dueOn?: string | null, ownerCity?: { __typename: 'City', id: string, slug: string, name: string } | null }> }> } | null, workingGroup: { __typename: 'WorkingGroup', id: string, slug: string, name: { __typename: 'TranslatedText', text: string }, members: Array<{ __typename: 'WorkingGroupMember', city: { __typename: 'City', id: string, slug: string, name: string } }> }, rsvpCounts: { __typename: 'RsvpCounts', going: number, notGoing: number, maybe: number } }
   | null };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { __typename?: 'Mutation', recordAttendance: { __typename: 'MeetingPayload', meeting?: { __typename: 'WorkingGroupMeeting', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type SaveMinutesMutationVariables = Exact<{
  input: SaveMeetingMinutesInput;
}>;


export type SaveMinutesMutation = { __typename?: 'Mutation', saveMeetingMinutes: { __typename: 'MeetingPayload', meeting?: { __typename: 'WorkingGroupMeeting', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ApproveMinutesMutationVariables = Exact<{
  input: ApproveMeetingMinutesInput;
}>;


export type ApproveMinutesMutation = { __typename?: 'Mutation', approveMeetingMinutes: { __typename: 'MeetingPayload', meeting?: { __typename: 'WorkingGroupMeeting', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type NetworkPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkPageQuery = { __typename?: 'Query', summits: { __typename: 'SummitConnection', edges: Array<{ __typename: 'SummitEdge', node: { __typename: 'Summit', id: string, year: number, title: string, motto?: string | null, startsOn: string, endsOn: string, venue?: string | null, hostCity: { __typename: 'City', slug: string, name: string }, delegations: Array<{ __typename: 'Delegation', id: string, city: { __typename: 'City', id: string, slug: string, name: string } }>, election?: { __typename: 'PresidencyElection', id: string, termYear: number, status: PresidencyElectionStatus, round: number, winner?: { __typename: 'City', name: string } | null } | null } }> }, presidencyTerms: { __typename: 'PresidencyTermConnection', edges: Array<{ __typename: 'PresidencyTermEdge', node: { __typename: 'PresidencyTerm', id: string, year: number, status: PresidencyTermStatus, city: { __typename: 'City', slug: string, name: string } } }> }, workingGroups: { __typename: 'WorkingGroupConnection', edges: Array<{ __typename: 'WorkingGroupEdge', node: { __typename: 'WorkingGroup', id: string, slug: string, status: WorkingGroupStatus, kind: WorkingGroupKind, nextRegularMeetingDue?: string | null, isMeetingOverdue: boolean, name: { __typename: 'TranslatedText', text: string }, members: Array<{ __typename: 'WorkingGroupMember', city: { __typename: 'City', id: string, slug: string, name: string } }>, meetings: { __typename: 'WorkingGroupMeetingConnection', edges: Array<{ __typename: 'WorkingGroupMeetingEdge', node: { __typename: 'WorkingGroupMeeting', id: string, kind: WorkingGroupMeetingKind, startsAt: string } }> } } }> } };

export type ElectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ElectionQuery = { __typename?: 'Query', presidencyElection?: { __typename: 'PresidencyElection', id: string, termYear: number, status: PresidencyElectionStatus, round: number, votesCast?: number | null, eligibleVoters: number, candidates: Array<{ __typename: 'PresidencyCandidate', votes?: number | null, city: { __typename: 'City', id: string, slug: string, name: string } }>, winner?: { __typename: 'City', name: string } | null } | null };

export type DeclareCandidacyMutationVariables = Exact<{
  input: DeclareCandidacyInput;
}>;


export type DeclareCandidacyMutation = { __typename?: 'Mutation', declareCandidacy: { __typename: 'DeclareCandidacyPayload', userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type CastVoteMutation = { __typename?: 'Mutation', castVote: { __typename: 'CastVotePayload', userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ProposeWorkingGroupMutationVariables = Exact<{
  input: ProposeWorkingGroupInput;
}>;


export type ProposeWorkingGroupMutation = { __typename?: 'Mutation', proposeWorkingGroup: { __typename: 'ProposeWorkingGroupPayload', workingGroup?: { __typename: 'WorkingGroup', id: string, slug: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', timeZone: string, notificationPreferences: Array<{ __typename: 'NotificationPreference', kind: string, delivery: NotificationDelivery }> } | null };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { __typename?: 'Mutation', setNotificationPreference: { __typename: 'SetNotificationPreferencePayload', preference?: { __typename: 'NotificationPreference', kind: string, delivery: NotificationDelivery } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type SetTimeZoneMutationVariables = Exact<{
  input: SetTimeZoneInput;
}>;


export type SetTimeZoneMutation = { __typename?: 'Mutation', setTimeZone: { __typename: 'SetTimeZonePayload', viewer?: { __typename: 'Viewer', timeZone: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type PeopleGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleGrantsQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', can: { __typename: 'ViewerCan', grantCityRoles: Array<CityRole>, grantNetworkRoles: Array<NetworkRole>, manageSecretariat: boolean } } | null };

export type CityPeopleQueryVariables = Exact<{
  cityIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type CityPeopleQuery = { __typename?: 'Query', users: { __typename: 'UserConnection', totalCount: number, edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, email: string, status: UserStatus, memberships: Array<{ __typename: 'CityMembership', role: CityRole, city: { __typename: 'City', id: string } }> } }> } };

export type NetworkPeopleQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NetworkPeopleQuery = { __typename?: 'Query', users: { __typename: 'UserConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, email: string, status: UserStatus, networkRole?: NetworkRole | null, memberships: Array<{ __typename: 'CityMembership', role: CityRole, city: { __typename: 'City', id: string, name: string } }> } }> } };

export type SecretariatStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretariatStaffQuery = { __typename?: 'Query', network: { __typename: 'Network', secretariat: { __typename: 'Secretariat', staff: Array<{ __typename: 'SecretariatStaff', id: string, name: string, position: SecretariatPosition, englishLevel: CefrLevel }>, compliance: { __typename: 'SecretariatCompliance', meetsMinimum: boolean, problems: Array<string> } } } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename: 'InviteUserPayload', invitationToken?: string | null, invitation?: { __typename: 'Invitation', id: string, email: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type SetUserRoleMutationVariables = Exact<{
  input: SetUserRoleInput;
}>;


export type SetUserRoleMutation = { __typename?: 'Mutation', setUserRole: { __typename: 'SetUserRolePayload', user?: { __typename: 'User', id: string, networkRole?: NetworkRole | null, memberships: Array<{ __typename: 'CityMembership', role: CityRole, city: { __typename: 'City', id: string } }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename: 'DeactivateUserPayload', user?: { __typename: 'User', id: string, status: UserStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ReactivateUserMutationVariables = Exact<{
  input: ReactivateUserInput;
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename: 'ReactivateUserPayload', user?: { __typename: 'User', id: string, status: UserStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type AddSecretariatStaffMutationVariables = Exact<{
  input: AddSecretariatStaffInput;
}>;


export type AddSecretariatStaffMutation = { __typename?: 'Mutation', addSecretariatStaff: { __typename: 'AddSecretariatStaffPayload', staff?: { __typename: 'SecretariatStaff', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type RemoveSecretariatStaffMutationVariables = Exact<{
  input: RemoveSecretariatStaffInput;
}>;


export type RemoveSecretariatStaffMutation = { __typename?: 'Mutation', removeSecretariatStaff: { __typename: 'RemoveSecretariatStaffPayload', staff?: { __typename: 'SecretariatStaff', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type PracticesQueryVariables = Exact<{
  filter?: InputMaybe<PracticeFilter>;
}>;


export type PracticesQuery = { __typename?: 'Query', practices: { __typename: 'PracticeConnection', totalCount: number, edges: Array<{ __typename: 'PracticeEdge', node: { __typename: 'Practice', id: string, title: string, summary?: string | null, visibility: Visibility, city: { __typename: 'City', id: string, slug: string, name: string } } }> } };

export type PracticeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PracticeQuery = { __typename?: 'Query', node?:
    | { __typename: 'AgendaItem' }
    | { __typename: 'ApiToken' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'City' }
    | { __typename: 'Delegation' }
    | { __typename: 'Implementation' }
    | { __typename: 'ImplementationUpdate' }
    | { __typename: 'Indicator' }
    | { __typename: 'Invitation' }
    | { __typename: 'MeetingRequest' }
    | { __typename: 'MembershipApplication' }
    | { __typename: 'Network' }
    | { __typename: 'Notification' }
    | { __typename: 'Practice', id: string, title: string, summary?: string | null, results?: string | null, contact?: string | null, links: Array<string>, visibility: Visibility, status: PracticeStatus, publishedAt?: string | null, city: { __typename: 'City', id: string, slug: string, name: string }, body: { __typename: 'TranslatedText', text: string, locale: string, translations: Array<{ __typename: 'Translation', locale: string, machine: boolean }> }, adoptions: Array<{ __typename: 'Implementation', id: string, status: ImplementationStatus, progress: number, city: { __typename: 'City', id: string, slug: string, name: string } }> }
    | { __typename: 'PresidencyElection' }
    | { __typename: 'PresidencyTerm' }
    | { __typename: 'Proposal' }
    | { __typename: 'Recommendation' }
    | { __typename: 'SecretariatStaff' }
    | { __typename: 'Summit' }
    | { __typename: 'User' }
    | { __typename: 'WorkingGroup' }
    | { __typename: 'WorkingGroupMeeting' }
   | null };

export type AdoptPracticeMutationVariables = Exact<{
  input: AdoptPracticeInput;
}>;


export type AdoptPracticeMutation = { __typename?: 'Mutation', adoptPractice: { __typename: 'AdoptPracticePayload', implementation?: { __typename: 'Implementation', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type PresidencyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PresidencyPageQuery = { __typename?: 'Query', network: { __typename: 'Network', currentPresidency?: { __typename: 'PresidencyTerm', id: string, year: number } | null }, presidencyTerms: { __typename: 'PresidencyTermConnection', edges: Array<{ __typename: 'PresidencyTermEdge', node: { __typename: 'PresidencyTerm', id: string, year: number, status: PresidencyTermStatus, mayorName?: string | null, city: { __typename: 'City', slug: string, name: string }, electedAt?: { __typename: 'Summit', year: number, title: string } | null } }> }, cities: { __typename: 'CityConnection', edges: Array<{ __typename: 'CityEdge', node: { __typename: 'City', id: string, name: string } }> } };

export type PresidencyTermPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  signedIn: Scalars['Boolean']['input'];
}>;


export type PresidencyTermPageQuery = { __typename?: 'Query', presidencyTerms: { __typename: 'PresidencyTermConnection', edges: Array<{ __typename: 'PresidencyTermEdge', node: { __typename: 'PresidencyTerm', id: string, year: number, status: PresidencyTermStatus, mayorName?: string | null, city: { __typename: 'City', slug: string, name: string }, electedAt?: { __typename: 'Summit', year: number, title: string } | null } }> }, indicators?: { __typename: 'IndicatorConnection', edges: Array<{ __typename: 'IndicatorEdge', node: { __typename: 'Indicator', id: string, key: string, name: string, description?: string | null, unit: string, direction: IndicatorDirection, scope: IndicatorScope, source: IndicatorSource, metric?: IndicatorMetric | null, workingGroup?: { __typename: 'WorkingGroup', name: { __typename: 'TranslatedText', text: string } } | null, targets: Array<{ __typename: 'IndicatorTarget', termYear: number, baseline: number, target: number, dueOn: string }>, progress: { __typename: 'IndicatorProgress', latest?: number | null, percent?: number | null, onTrack: boolean } } }> } };

export type RecordPresidencyTermMutationVariables = Exact<{
  input: RecordPresidencyTermInput;
}>;


export type RecordPresidencyTermMutation = { __typename?: 'Mutation', recordPresidencyTerm: { __typename: 'RecordPresidencyTermPayload', term?: { __typename: 'PresidencyTerm', id: string, year: number } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type SetIndicatorTargetMutationVariables = Exact<{
  input: SetIndicatorTargetInput;
}>;


export type SetIndicatorTargetMutation = { __typename?: 'Mutation', setIndicatorTarget: { __typename: 'SetIndicatorTargetPayload', target?: { __typename: 'IndicatorTarget', termYear: number, baseline: number, target: number, dueOn: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type DefineIndicatorMutationVariables = Exact<{
  input: DefineIndicatorInput;
}>;


export type DefineIndicatorMutation = { __typename?: 'Mutation', defineIndicator: { __typename: 'DefineIndicatorPayload', indicator?: { __typename: 'Indicator', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CityProposalsQueryVariables = Exact<{
  cityIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type CityProposalsQuery = { __typename?: 'Query', proposals: { __typename: 'ProposalConnection', edges: Array<{ __typename: 'ProposalEdge', node: { __typename: 'Proposal', id: string, title: string, summary?: string | null, status: ProposalStatus, visibility: Visibility, version: number, decisionNote?: string | null, recommendation?: { __typename: 'Recommendation', id: string, title: string } | null } }> } };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type CreateProposalMutation = { __typename?: 'Mutation', createProposal: { __typename: 'CreateProposalPayload', proposal?: { __typename: 'Proposal', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type UpdateProposalMutationVariables = Exact<{
  input: UpdateProposalInput;
}>;


export type UpdateProposalMutation = { __typename?: 'Mutation', updateProposal: { __typename: 'UpdateProposalPayload', proposal?: { __typename: 'Proposal', id: string, version: number } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { __typename?: 'Mutation', submitProposal: { __typename: 'SubmitProposalPayload', proposal?: { __typename: 'Proposal', id: string, status: ProposalStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type WithdrawProposalMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type WithdrawProposalMutation = { __typename?: 'Mutation', withdrawProposal: { __typename: 'WithdrawProposalPayload', proposal?: { __typename: 'Proposal', id: string, status: ProposalStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type RecommendationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationsQuery = { __typename?: 'Query', recommendations: { __typename: 'RecommendationConnection', edges: Array<{ __typename: 'RecommendationEdge', node: { __typename: 'Recommendation', id: string, title: string, adoptedOn: string, body: { __typename: 'TranslatedText', text: string }, adoption: { __typename: 'Adoption', committed: number, inProgress: number, completed: number, notPursued: number }, implementations: { __typename: 'ImplementationConnection', edges: Array<{ __typename: 'ImplementationEdge', node: { __typename: 'Implementation', id: string, status: ImplementationStatus, progress: number, city: { __typename: 'City', id: string, slug: string, name: string } } }> } } }> } };

export type CommitToRecommendationMutationVariables = Exact<{
  input: CommitToRecommendationInput;
}>;


export type CommitToRecommendationMutation = { __typename?: 'Mutation', commitToRecommendation: { __typename: 'CommitToRecommendationPayload', implementation?: { __typename: 'Implementation', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type NetworkSearchQueryVariables = Exact<{
  q: Scalars['String']['input'];
}>;


export type NetworkSearchQuery = { __typename?: 'Query', cities: { __typename: 'CityConnection', totalCount: number, edges: Array<{ __typename: 'CityEdge', node: { __typename: 'City', id: string, slug: string, name: string, localName?: string | null, country: string } }> }, practices: { __typename: 'PracticeConnection', totalCount: number, edges: Array<{ __typename: 'PracticeEdge', node: { __typename: 'Practice', id: string, title: string, summary?: string | null, city: { __typename: 'City', slug: string, name: string } } }> }, recommendations: { __typename: 'RecommendationConnection', edges: Array<{ __typename: 'RecommendationEdge', node: { __typename: 'Recommendation', id: string, title: string, body: { __typename: 'TranslatedText', text: string } } }> }, workingGroups: { __typename: 'WorkingGroupConnection', edges: Array<{ __typename: 'WorkingGroupEdge', node: { __typename: 'WorkingGroup', id: string, slug: string, description?: string | null, name: { __typename: 'TranslatedText', text: string } } }> } };

export type SummitsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SummitsPageQuery = { __typename?: 'Query', summits: { __typename: 'SummitConnection', edges: Array<{ __typename: 'SummitEdge', node: { __typename: 'Summit', id: string, year: number, title: string, motto?: string | null, startsOn: string, endsOn: string, venue?: string | null, isFounding: boolean, hostCity: { __typename: 'City', slug: string, name: string }, delegations: Array<{ __typename: 'Delegation', id: string }>, election?: { __typename: 'PresidencyElection', id: string, termYear: number, status: PresidencyElectionStatus } | null } }> }, presidencyTerms: { __typename: 'PresidencyTermConnection', edges: Array<{ __typename: 'PresidencyTermEdge', node: { __typename: 'PresidencyTerm', id: string, year: number, city: { __typename: 'City', id: string, name: string } } }> } };

export type SummitPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SummitPageQuery = { __typename?: 'Query', summits: { __typename: 'SummitConnection', edges: Array<{ __typename: 'SummitEdge', node: { __typename: 'Summit', id: string, year: number, title: string, motto?: string | null, startsOn: string, endsOn: string, venue?: string | null, isFounding: boolean, hostCity: { __typename: 'City', slug: string, name: string }, delegations: Array<{ __typename: 'Delegation', id: string, city: { __typename: 'City', id: string, country: string, slug: string, name: string }, head?: { __typename: 'DelegationMember', name: string, position?: string | null } | null, members: Array<{ __typename: 'DelegationMember', name: string, position?: string | null }> }>, election?: { __typename: 'PresidencyElection', id: string, termYear: number, status: PresidencyElectionStatus, round: number, winner?: { __typename: 'City', slug: string, name: string } | null } | null } }> } };

export type DelegationChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DelegationChoicesQuery = { __typename?: 'Query', cities: { __typename: 'CityConnection', edges: Array<{ __typename: 'CityEdge', node: { __typename: 'City', id: string, name: string } }> }, network: { __typename: 'Network', eligibleCountries: Array<string> } };

export type CreateSummitMutationVariables = Exact<{
  input: CreateSummitInput;
}>;


export type CreateSummitMutation = { __typename?: 'Mutation', createSummit: { __typename: 'CreateSummitPayload', summit?: { __typename: 'Summit', id: string, year: number } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type RecordDelegationMutationVariables = Exact<{
  input: RecordDelegationInput;
}>;


export type RecordDelegationMutation = { __typename?: 'Mutation', recordDelegation: { __typename: 'RecordDelegationPayload', delegation?: { __typename: 'Delegation', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CityPracticesQueryVariables = Exact<{
  cityIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type CityPracticesQuery = { __typename?: 'Query', practices: { __typename: 'PracticeConnection', edges: Array<{ __typename: 'PracticeEdge', node: { __typename: 'Practice', id: string, title: string, summary?: string | null, status: PracticeStatus, visibility: Visibility, version: number, body: { __typename: 'TranslatedText', text: string, locale: string } } }> } };

export type CreatePracticeMutationVariables = Exact<{
  input: CreatePracticeInput;
}>;


export type CreatePracticeMutation = { __typename?: 'Mutation', createPractice: { __typename: 'CreatePracticePayload', practice?: { __typename: 'Practice', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type UpdatePracticeMutationVariables = Exact<{
  input: UpdatePracticeInput;
}>;


export type UpdatePracticeMutation = { __typename?: 'Mutation', updatePractice: { __typename: 'UpdatePracticePayload', practice?: { __typename: 'Practice', id: string, version: number } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type PublishPracticeMutationVariables = Exact<{
  input: PublishPracticeInput;
}>;


export type PublishPracticeMutation = { __typename?: 'Mutation', publishPractice: { __typename: 'PublishPracticePayload', practice?: { __typename: 'Practice', id: string, status: PracticeStatus } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CityLink_CityFragment = { __typename: 'City', slug: string, name: string };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', user: { __typename: 'User', id: string, name: string, email: string }, memberships: Array<{ __typename: 'CityMembership', role: CityRole, city: { __typename: 'City', id: string, slug: string, name: string } }>, can: { __typename: 'ViewerCan', reviewApplications: boolean, manageNetwork: boolean, runElections: boolean, viewAnalytics: boolean, reviewProposals: boolean, manageSecretariat: boolean, approveWorkingGroups: boolean, setIndicatorTargets: boolean, runMeetings: boolean, manageMail: boolean, editCityIds: Array<string>, adminCityIds: Array<string> } } | null };

export const CityLink_CityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CityLink_CityFragment, unknown>;
export const PracticeCard_PracticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard_practice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PracticeCard_PracticeFragment, unknown>;
export const MeetingSummary_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"notGoing"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayAddAgendaItem"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MeetingSummary_MeetingFragment, unknown>;
export const LogoutDocument = {"__meta__":{"hash":"fd50efa2312922e56bd6d5d71baf22edc79ceb431785f7792a43a6b50ad33816"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const BellDocument = {"__meta__":{"hash":"9f8bae1d5b7f0f4c87497bfbd1d4e63339c56afa871161d2f277368787ac06be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BellQuery, BellQueryVariables>;
export const NextMeetingsDocument = {"__meta__":{"hash":"d56fbec0c3ce825859dd688b93fc9e9fc75387e4a948ada3d8db7b6accdb448c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NextMeetingsQuery, NextMeetingsQueryVariables>;
export const LiveNotificationsDocument = {"__meta__":{"hash":"f9e679da120584b6fdedfacff75de64b3bf6affee5fd9ce39319a62490694e60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notificationId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LiveNotificationsSubscription, LiveNotificationsSubscriptionVariables>;
export const AnalyticsPageDocument = {"__meta__":{"hash":"83b2cb00cbaa2342ebc53a62c915bfef37183b64cbb2d8b15c8eeb6ee5159eb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipGrowth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inYear"},"name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COUNTRY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byRecommendation"},"name":{"kind":"Name","value":"implementationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"RECOMMENDATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendationAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notPursued"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsDue"}},{"kind":"Field","name":{"kind":"Name","value":"extraMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AnalyticsPageQuery, AnalyticsPageQueryVariables>;
export const AnnualReportPageDocument = {"__meta__":{"hash":"27d77c9545f9ec5273db7e93df4c8302edb5fc0d3d2c2b79c8c612dc22144dce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"markdownUrl"}},{"kind":"Field","name":{"kind":"Name","value":"practicesShared"}},{"kind":"Field","name":{"kind":"Name","value":"presidency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsDue"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AnnualReportPageQuery, AnnualReportPageQueryVariables>;
export const ApplyInfoDocument = {"__meta__":{"hash":"d9f310dccbb97845c0078776f8174bd2128392b96bec80628c39ca4c3dc21e39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountries"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApplyInfoQuery, ApplyInfoQueryVariables>;
export const SubmitMembershipApplicationDocument = {"__meta__":{"hash":"1ed49df3e30dd33d6bb5baa5d1b8fc061755ebe33e854a95ef5efb74ea092662"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMembershipApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitMembershipApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMembershipApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SubmitMembershipApplicationMutation, SubmitMembershipApplicationMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"6f2ca9deafa46b6721d7a1718292f12625b6cd87dab68d7233eafe51cee02a23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"a44806b4e1a070aa6b50a827bc3a7f63dfc4eb31262fe47081558ea30299ab90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"68f3f7119d7fab822d5e5db994192524a61021409f09892e0335ed3579f2c577"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"3f8163e17dd4d73905725ad2ad50cb798469cfb775868cc602e99479edef7258"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"7737b1ec25f24c1e8d6094b0ea6a9966c34fe22cb8108bdcdaad867f546bfb63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CalendarFeedDocument = {"__meta__":{"hash":"b562f6e7304e73e2eb64551e2c54a3daf7000b711f4d2ba9cf74e2eac599376a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const RotateCalendarFeedDocument = {"__meta__":{"hash":"8423c261043f21b2ce622abecaa9e4196203afaf34e99f53b5d91700aa8c2e2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCalendarFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RotateCalendarFeedMutation, RotateCalendarFeedMutationVariables>;
export const CitiesDocument = {"__meta__":{"hash":"71d1668889a30e721b9d6ee2b2c7a894d87c3d5d0c3efb418f38062e2699cbff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"isFoundingMember"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CitiesQuery, CitiesQueryVariables>;
export const CityPageDocument = {"__meta__":{"hash":"87fc4564761c311f6d4be3b0f48b483d019273e8ab9a77e990aa0342a534f3a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"joinRoute"}},{"kind":"Field","name":{"kind":"Name","value":"isFoundingMember"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"mayorName"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presidencyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard_practice"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard_practice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CityPageQuery, CityPageQueryVariables>;
export const DeskDocument = {"__meta__":{"hash":"9e9dd4beb5be0146a28866c72c1b12b1d52b548a319d1dce10448391561cb57c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Desk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applications"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elections"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groups"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applications"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"mayorName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPosition"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"UNDER_REVIEW"},{"kind":"EnumValue","value":"ACCEPTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elections"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"votesCast"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoters"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPOSED"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groups"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DeskQuery, DeskQueryVariables>;
export const ReviewApplicationDocument = {"__meta__":{"hash":"fc4082e3a114fac6fda227dd6f3b680b13826e4a91a47dc58f9fcda14ddda4c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewMembershipApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewMembershipApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationMutation, ReviewApplicationMutationVariables>;
export const ReviewProposalDocument = {"__meta__":{"hash":"bb68bb59ac27f82c33d1a1ee511546d68e5a3761da630767c542e7bbbf2cd21b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReviewProposalMutation, ReviewProposalMutationVariables>;
export const AdoptRecommendationDocument = {"__meta__":{"hash":"468af8f270e7df757a3ccbde207469eab81428703cdc15b77dfcafd5e4168e4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdoptRecommendationMutation, AdoptRecommendationMutationVariables>;
export const OpenElectionDocument = {"__meta__":{"hash":"fc0482e4fcec5a25e1e5ed2bd63c269bcaeea59454f3226c505e38fedeb0adc8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPresidencyElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPresidencyElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OpenElectionMutation, OpenElectionMutationVariables>;
export const CloseElectionDocument = {"__meta__":{"hash":"8a16064e2b18a169bb2aba69f648c56681c022b34be01770702f2355de51fa25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePresidencyElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePresidencyElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CloseElectionMutation, CloseElectionMutationVariables>;
export const ApproveGroupDocument = {"__meta__":{"hash":"1483dd9b971c71564b7653f85551875e1acf74be36da588cc4f3ae2782e35682"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveWorkingGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApproveGroupMutation, ApproveGroupMutationVariables>;
export const GroupPageDocument = {"__meta__":{"hash":"012fb16ea2f62983297d6107ba92769cab4a86f49dc877eabde15732c92f51ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastRegularMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextRegularMeetingDue"}},{"kind":"Field","name":{"kind":"Name","value":"isMeetingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary_meeting"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"attendingCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"notGoing"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayAddAgendaItem"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<GroupPageQuery, GroupPageQueryVariables>;
export const GroupFeedDocument = {"__meta__":{"hash":"2726268ba7fdf6b674a10920afdf7db4b0a443fb98ad8aea7deca805fb0f2568"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GroupFeedQuery, GroupFeedQueryVariables>;
export const JoinGroupDocument = {"__meta__":{"hash":"385979a62dfb3c7a09f87e511bd35d387d53bf2bca9fddc4ca242649bba4913b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWorkingGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<JoinGroupMutation, JoinGroupMutationVariables>;
export const LeaveGroupDocument = {"__meta__":{"hash":"6338210680ea5b59a7192284477337722bbe1154160414d4da61ce065a55c9af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveWorkingGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LeaveGroupMutation, LeaveGroupMutationVariables>;
export const RequestExtraMeetingDocument = {"__meta__":{"hash":"5c82ef7dc2170d4b8b29c24bc5d42ba551e74642aa95d6ff1524442a52896ef6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtraMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestExtraMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtraMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RequestExtraMeetingMutation, RequestExtraMeetingMutationVariables>;
export const RespondToMeetingRequestDocument = {"__meta__":{"hash":"d616df5e2a2b45024d74b07548c583dae9ae4714ef14efcd780dfab192e308a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToMeetingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToMeetingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToMeetingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RespondToMeetingRequestMutation, RespondToMeetingRequestMutationVariables>;
export const ScheduleGroupMeetingDocument = {"__meta__":{"hash":"961fd2b03c234b02a277d69cfbd220f367a96ff6285923c74e41dcc7b0de742f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleGroupMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ScheduleGroupMeetingMutation, ScheduleGroupMeetingMutationVariables>;
export const HomeDocument = {"__meta__":{"hash":"58bfb8adc2368cd825eddc57692f8183bf0d24cc973534e8411ad061d03842e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"review"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"figures"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staleBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"draftPractices"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"draftProposals"},"name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"waitingProposals"},"name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"UNDER_REVIEW"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"staleImplementations"},"name":{"kind":"Name","value":"implementations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PLANNED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"updatedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staleBefore"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourcePractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"applications"},"name":{"kind":"Name","value":"membershipApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toReview"},"name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"UNDER_REVIEW"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"review"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groups"},"name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMeetingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"nextRegularMeetingDue"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"votesCast"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoters"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"practiceCount"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"figures"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recommendationCount"},"name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"figures"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"implementationCount"},"name":{"kind":"Name","value":"implementations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"figures"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"completedCount"},"name":{"kind":"Name","value":"implementations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMPLETED"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"figures"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const CityImplementationsDocument = {"__meta__":{"hash":"1fb9385d7d09bb088ae19af41334a5a7c90366642a30010240f0a92f9b5bdeb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityImplementations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourcePractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CityImplementationsQuery, CityImplementationsQueryVariables>;
export const UpdateImplementationDocument = {"__meta__":{"hash":"72b0b4ead67c2f9c9405659e0375764e572bb1991db770c84d7908cdf165d400"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateImplementation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateImplementationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateImplementation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateImplementationMutation, UpdateImplementationMutationVariables>;
export const InboxDocument = {"__meta__":{"hash":"c54e644efcce5ebf3dd4b470123731432a60765e4f4bfa4c3707509daaca50a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"db0aa0965ff4c90cb003f1e669c600d013b3ede0fe4e9ceb0ecc17f8760014c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ProposalPageDocument = {"__meta__":{"hash":"0ff775efa59cb0f6cdeafe75fb25e9a8361fc5b0b83edaaeb5cefaf19a9a6f6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ProposalPageQuery, ProposalPageQueryVariables>;
export const EndorseProposalDocument = {"__meta__":{"hash":"11e227b6dfd4a000c174d5ea86ce6f15ec9aedfc6d5c6149dd52f1097785c8cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndorseProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndorseProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorseProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EndorseProposalMutation, EndorseProposalMutationVariables>;
export const RecommendationPageDocument = {"__meta__":{"hash":"0dc7aaf225d024a06eafd9a83d45e2ae0c72e9efef6d200111610c0de9ff7960"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notPursued"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"cities"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RecommendationPageQuery, RecommendationPageQueryVariables>;
export const CommitFromPageDocument = {"__meta__":{"hash":"e88ff8582c17892ea5292e9777832e6f228815aba162683c8e57b9120d8c8e0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitToRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitToRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CommitFromPageMutation, CommitFromPageMutationVariables>;
export const ImplementationPageDocument = {"__meta__":{"hash":"5a912fee25f2e8ff447d1b7c29d180ea2bfbed9f3b1f7ca158cfe59d6021c223"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImplementationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Implementation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourcePractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrls"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ImplementationPageQuery, ImplementationPageQueryVariables>;
export const ElectionPageDocument = {"__meta__":{"hash":"5a68c0cb160aefbadafd469855e4b8f8997d69c44cb6db90792ee8365620ae31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElectionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresidencyElection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ElectionPageQuery, ElectionPageQueryVariables>;
export const OutgoingMailDocument = {"__meta__":{"hash":"7ef7631a6ce5778f3fc46727d3430b38ad1cf80aea7871ee6b38cb5e144c1fe7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutgoingMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outgoingMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OutgoingMailQuery, OutgoingMailQueryVariables>;
export const RetryMailDocument = {"__meta__":{"hash":"407b5c6c1e444d706a076f68153c139e7818265ed0adc2eb497d52ec74f8595e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryMailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RetryMailMutation, RetryMailMutationVariables>;
export const AnswerMeetingDocument = {"__meta__":{"hash":"ca36858547ed6c6730bb6c10a97b37cb415aa57742f8f012a208faeb277a0698"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerMeetingInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerMeetingInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"notGoing"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AnswerMeetingMutation, AnswerMeetingMutationVariables>;
export const AddAgendaItemDocument = {"__meta__":{"hash":"6a135efb20ab398dc06774edc426085ba0566b76e2fff39a306218884597a1d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const MeetingPageDocument = {"__meta__":{"hash":"d53aede7635e5369087be62a4fdf654769ce9ea24316935fd1a49c3cd338058b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary_meeting"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendingCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"markdownUrl"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"going"}},{"kind":"Field","name":{"kind":"Name","value":"notGoing"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayAddAgendaItem"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const RecordAttendanceDocument = {"__meta__":{"hash":"3949aa7c9c4c6d4d1414c9501b7494dc653adb5861d1eb16ca2c0cdf785e3b89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const SaveMinutesDocument = {"__meta__":{"hash":"59a22f4bc9166e7c0059cc52a91db8e84060485469fe80fa5d6f32fc505a384c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMeetingMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SaveMinutesMutation, SaveMinutesMutationVariables>;
export const ApproveMinutesDocument = {"__meta__":{"hash":"d7ae1aabbb90b6f6f85bc5145ff8db4010db774cafc672a4bdd193809228686b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMeetingMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApproveMinutesMutation, ApproveMinutesMutationVariables>;
export const NetworkPageDocument = {"__meta__":{"hash":"f8a67ac02a22f956210880e796a017303dc4bf622caf0aa4b21b96e30b6e77a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presidencyTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRegularMeetingDue"}},{"kind":"Field","name":{"kind":"Name","value":"isMeetingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<NetworkPageQuery, NetworkPageQueryVariables>;
export const ElectionDocument = {"__meta__":{"hash":"3bc00f91bd334a000a8dbfa7eb1d0175e5728e148b4c582f2cd4b525a0383af9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Election"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presidencyElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"votesCast"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleVoters"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ElectionQuery, ElectionQueryVariables>;
export const DeclareCandidacyDocument = {"__meta__":{"hash":"8a0cd42d858b650f46c58a89eb8c0dc51adbd4f1c28f0ee6744d74a8426b2565"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareCandidacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeclareCandidacyMutation, DeclareCandidacyMutationVariables>;
export const CastVoteDocument = {"__meta__":{"hash":"bd0d1d14f2932263fea0ea1537784f998f58b10748b1ade8b51ca9514f314076"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CastVoteMutation, CastVoteMutationVariables>;
export const ProposeWorkingGroupDocument = {"__meta__":{"hash":"b95f32aa1386c4b49a92e3ae9c80f7e5d2666fe8f99f8e6ebb0faffc31425cef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeWorkingGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ProposeWorkingGroupMutation, ProposeWorkingGroupMutationVariables>;
export const NotificationPreferencesDocument = {"__meta__":{"hash":"80278e19f60257f45d1e25b6d2f7bca6873d1c2bfb07c9d46cc4861bc6364464"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {"__meta__":{"hash":"2f54100cde6c74b641cb2b56b2a9015664624f85d47b1e5d0e5235c7cdcce5a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const SetTimeZoneDocument = {"__meta__":{"hash":"6df85f2fe51116c7c3f5744f7c9bebd50f550139be2d47afc0463cfa2ef5d561"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTimeZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTimeZoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTimeZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetTimeZoneMutation, SetTimeZoneMutationVariables>;
export const PeopleGrantsDocument = {"__meta__":{"hash":"25473e81ec1f6c838e311aeb49818e7cfb33af1317cd1a21195b609456ad056d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCityRoles"}},{"kind":"Field","name":{"kind":"Name","value":"grantNetworkRoles"}},{"kind":"Field","name":{"kind":"Name","value":"manageSecretariat"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PeopleGrantsQuery, PeopleGrantsQueryVariables>;
export const CityPeopleDocument = {"__meta__":{"hash":"dded504be1218be15bfb44d182365ac4f0eaca6823e143387ca7b69225c1d87b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CityPeopleQuery, CityPeopleQueryVariables>;
export const NetworkPeopleDocument = {"__meta__":{"hash":"f8d53bd88dbe0cfc9cf3c9e34afecbc6a5bda50d166a03605530cbabca9474cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"networkRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NetworkPeopleQuery, NetworkPeopleQueryVariables>;
export const SecretariatStaffDocument = {"__meta__":{"hash":"b12ddcbee8c909ce92392bed2e0553fe09f3e3c5e53bb129fb84a2ecd35b924d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretariatStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"englishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetsMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SecretariatStaffQuery, SecretariatStaffQueryVariables>;
export const InviteUserDocument = {"__meta__":{"hash":"d5c380ed5b7ad98871e8ade615c0ff85ac02d75b88dee33e7bf85a0192528670"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const SetUserRoleDocument = {"__meta__":{"hash":"63a6b597c9c1c597efd36a005434a8930680fedc815ed9c09e9e1112c5439b58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const DeactivateUserDocument = {"__meta__":{"hash":"22462bda2d3c330f5e1be6c0d5773e8286fa4d1b4a8f373959747ee647c607c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"__meta__":{"hash":"c4d31121a0947ae198aec1aa5dc87dbdaebf83bd8bae24c6e529e262b0f0cdf5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const AddSecretariatStaffDocument = {"__meta__":{"hash":"3af6ef6c1a108ab8493f5fd9f30a06e40331ef10b5a8d424b4c0e59b3fe3f567"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSecretariatStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSecretariatStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSecretariatStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AddSecretariatStaffMutation, AddSecretariatStaffMutationVariables>;
export const RemoveSecretariatStaffDocument = {"__meta__":{"hash":"97668846bf25fadea90a382b1438bd991a3390e982cc97c6b05e98eaba321638"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSecretariatStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveSecretariatStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSecretariatStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RemoveSecretariatStaffMutation, RemoveSecretariatStaffMutationVariables>;
export const PracticesDocument = {"__meta__":{"hash":"243ed7d71ddfd52f8082bf1cfee08eee301ccc2365030d468028b3f7536825e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Practices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RELEVANCE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard_practice"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard_practice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PracticesQuery, PracticesQueryVariables>;
export const PracticeDocument = {"__meta__":{"hash":"efceb07eb53e41e29a8b13a702a80d567e58da046e7a2931966e75cdde42ca44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Practice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"machine"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PracticeQuery, PracticeQueryVariables>;
export const AdoptPracticeDocument = {"__meta__":{"hash":"314f26a89107aa5f0c039cb213507054bbdc4f68412d2267b6d0be4d2ddad082"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdoptPracticeMutation, AdoptPracticeMutationVariables>;
export const PresidencyPageDocument = {"__meta__":{"hash":"b22db6cf115c61e6cac0d4810087ff739ee63023bc201ab9c7b84380f2f42453"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresidencyPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPresidency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presidencyTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayorName"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PresidencyPageQuery, PresidencyPageQueryVariables>;
export const PresidencyTermPageDocument = {"__meta__":{"hash":"8a7cde95ee8a558fd058d3dfd313ae1a599eb37e1b7ab16fef0aa246420a78cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresidencyTermPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signedIn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presidencyTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayorName"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signedIn"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PresidencyTermPageQuery, PresidencyTermPageQueryVariables>;
export const RecordPresidencyTermDocument = {"__meta__":{"hash":"898f3ed9a33d2a53de4eee60af8079636ab9193d63f42c30438f417e9c7e006b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPresidencyTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPresidencyTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPresidencyTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RecordPresidencyTermMutation, RecordPresidencyTermMutationVariables>;
export const SetIndicatorTargetDocument = {"__meta__":{"hash":"ffe9ebf8b98a89d1a6e9688c0e45426a656d98d9fd28ca46a93279a1099d6ee7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIndicatorTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetIndicatorTargetMutation, SetIndicatorTargetMutationVariables>;
export const DefineIndicatorDocument = {"__meta__":{"hash":"62cee6a6d0423ce855a79d2c997586c3a882c0282035282880aba31e2a11ed78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DefineIndicatorMutation, DefineIndicatorMutationVariables>;
export const CityProposalsDocument = {"__meta__":{"hash":"9b0845eacf7912ad6c307083b8780de60f6463f05d3e9570007b8ca363026294"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CityProposalsQuery, CityProposalsQueryVariables>;
export const CreateProposalDocument = {"__meta__":{"hash":"19b09459dc10e5c3a3b4abb59c81fd4ddb29894d8a8eb673b8966244d8abdcfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateProposalMutation, CreateProposalMutationVariables>;
export const UpdateProposalDocument = {"__meta__":{"hash":"1806ca3cd5b5e81d412b34f983151b6297d5b23ecaac095205f476d754a3a0e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateProposalMutation, UpdateProposalMutationVariables>;
export const SubmitProposalDocument = {"__meta__":{"hash":"71d1aac0f4d717afb3ed8ee1e78bfa05fdebb514afc4e0f01c1eef0689758c1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const WithdrawProposalDocument = {"__meta__":{"hash":"413f2f0058e5d385346d3fe0f0e955d49fdf231b081e7ee849b651c616e1e00c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const RecommendationsDocument = {"__meta__":{"hash":"797a247669d7e7eb254cd488d6a4edfd8f541eaf3e2982e9cc11a5992d57d82d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notPursued"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RecommendationsQuery, RecommendationsQueryVariables>;
export const CommitToRecommendationDocument = {"__meta__":{"hash":"755e55bc1b3f838227b876a5cc1d39441de39b44a080de55009eb56e24e5d249"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitToRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitToRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitToRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CommitToRecommendationMutation, CommitToRecommendationMutationVariables>;
export const NetworkSearchDocument = {"__meta__":{"hash":"27e2a9dbc88819fb55db013653b026031b5a252903d0ad60df923b715ef093d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<NetworkSearchQuery, NetworkSearchQueryVariables>;
export const SummitsPageDocument = {"__meta__":{"hash":"eebc1d54afae6119c68e4345ae193b0972063503a8f74d1671c172adf31a89c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SummitsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"isFounding"}},{"kind":"Field","name":{"kind":"Name","value":"hostCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presidencyTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SummitsPageQuery, SummitsPageQueryVariables>;
export const SummitPageDocument = {"__meta__":{"hash":"8d4d58572452ab2c609769f8843eba16ac25e34ce73dfa694c3b9fddcf4e659a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SummitPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"isFounding"}},{"kind":"Field","name":{"kind":"Name","value":"hostCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityLink_city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityLink_city"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SummitPageQuery, SummitPageQueryVariables>;
export const DelegationChoicesDocument = {"__meta__":{"hash":"8d4219ca71285853d548969eeb21a5d983bd18633a47584f01bb2044aad8d052"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCountries"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DelegationChoicesQuery, DelegationChoicesQueryVariables>;
export const CreateSummitDocument = {"__meta__":{"hash":"31c47fdcddd8fad9c558b218eb7fe242af8f99a919c387405ed6a8ec31903c7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSummit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSummitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSummit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateSummitMutation, CreateSummitMutationVariables>;
export const RecordDelegationDocument = {"__meta__":{"hash":"3db999ce31a9281689f42ab78f52753025e224cce60cd13cdb25e07bbaa2475c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RecordDelegationMutation, RecordDelegationMutationVariables>;
export const CityPracticesDocument = {"__meta__":{"hash":"0119913ea15cd1857c6184e6b0547064467c3ab85938906b406fdea8c3cfb079"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CityPracticesQuery, CityPracticesQueryVariables>;
export const CreatePracticeDocument = {"__meta__":{"hash":"dba6d5a159a2fe5d65b3f28b0e41c6b0bb6c2adbdac820d57d60eab30c770555"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreatePracticeMutation, CreatePracticeMutationVariables>;
export const UpdatePracticeDocument = {"__meta__":{"hash":"c2b5883caf29708991f6eaf088a0c87d1d8ae66ed4ed5647a0441ff53e8eabe0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdatePracticeMutation, UpdatePracticeMutationVariables>;
export const PublishPracticeDocument = {"__meta__":{"hash":"95c45f98cf4c58a10ce67c806cbb54c9e9b22a8bb185dc9a4488c7a6a7b5c0ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PublishPracticeMutation, PublishPracticeMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"2d1e677829ff781ec7a7e0dbb9efc2d0045179a09938bd3a1ce14815a7cfc573"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewApplications"}},{"kind":"Field","name":{"kind":"Name","value":"manageNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"runElections"}},{"kind":"Field","name":{"kind":"Name","value":"viewAnalytics"}},{"kind":"Field","name":{"kind":"Name","value":"reviewProposals"}},{"kind":"Field","name":{"kind":"Name","value":"manageSecretariat"}},{"kind":"Field","name":{"kind":"Name","value":"approveWorkingGroups"}},{"kind":"Field","name":{"kind":"Name","value":"setIndicatorTargets"}},{"kind":"Field","name":{"kind":"Name","value":"runMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"manageMail"}},{"kind":"Field","name":{"kind":"Name","value":"editCityIds"}},{"kind":"Field","name":{"kind":"Name","value":"adminCityIds"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;