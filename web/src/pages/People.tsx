import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { CefrLevel, CityRole, NetworkRole, SecretariatPosition } from '../gql/graphql';
import { useFormat, useT } from '../i18n';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CopyLink, invitationUrl } from '../components/CopyLink';
import { Empty, Field, Notice, QueryState, Select, fieldErrors, type UserError } from '../ui';
import { adminCities, useSession, type ViewerCity } from '../viewer';
import '../components/pages.css';

// People (/people): a city admin invites colleagues to the city, changes their role and removes
// them; the secretariat gives network roles, deactivates and reactivates accounts, and keeps the
// secretariat's staff (R3.3). Which roles the viewer may give comes from the server
// (viewer.can.grantCityRoles, grantNetworkRoles), the checks inviteUser and setUserRole make.

const GrantsDoc = graphql(`
  query PeopleGrants { viewer { can { grantCityRoles grantNetworkRoles manageSecretariat } } }
`);

const CityPeopleDoc = graphql(`
  query CityPeople($cityIds: [ID!]) {
    users(first: 100, filter: { cityIds: $cityIds }) {
      totalCount
      edges { node { id name email status memberships { role city { id } } } }
    }
  }
`);

const NetworkPeopleDoc = graphql(`
  query NetworkPeople($search: String, $after: String) {
    users(first: 50, after: $after, filter: { search: $search }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name email status networkRole memberships { role city { id name } } } }
    }
  }
`);

const StaffDoc = graphql(`
  query SecretariatStaff {
    network { secretariat { staff { id name position englishLevel } compliance { meetsMinimum problems } } }
  }
`);

const InviteDoc = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { invitation { id email } invitationToken userErrors { code field message } }
  }
`);
const SetRoleDoc = graphql(`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) { user { id networkRole memberships { role city { id } } } userErrors { code field message } }
  }
`);
const DeactivateDoc = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id status } userErrors { code field message } } }
`);
const ReactivateDoc = graphql(`
  mutation ReactivateUser($input: ReactivateUserInput!) { reactivateUser(input: $input) { user { id status } userErrors { code field message } } }
`);
const AddStaffDoc = graphql(`
  mutation AddSecretariatStaff($input: AddSecretariatStaffInput!) {
    addSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }
  }
`);
const RemoveStaffDoc = graphql(`
  mutation RemoveSecretariatStaff($input: RemoveSecretariatStaffInput!) {
    removeSecretariatStaff(input: $input) { staff { id } userErrors { code field message } }
  }
`);

export function People() {
  const t = useT();
  const { viewer } = useSession();
  const [grants, refetch] = useQuery({ query: GrantsDoc });
  const cities = adminCities(viewer);
  return (
    <section>
      <h1>{t('people')}</h1>
      <QueryState result={grants} retry={refetch}>
        {(d) => {
          const can = d.viewer?.can;
          if (!can || (can.grantCityRoles.length === 0 && can.grantNetworkRoles.length === 0)) return <Notice kind="info">{t('notAllowed')}</Notice>;
          return (
            <>
              {cities.map((c) => <CityPeople key={c.id} city={c} roles={can.grantCityRoles} />)}
              {can.grantNetworkRoles.length > 0 && <NetworkPeople roles={can.grantNetworkRoles} />}
              {can.manageSecretariat && <Staff />}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function Errors({ errors }: { errors: readonly UserError[] }) {
  return <>{errors.map((e) => <Notice key={e.code + e.message} kind="error">{e.message}</Notice>)}</>;
}

// CityPeople: the people of one city the viewer administers.
function CityPeople({ city, roles }: { city: ViewerCity; roles: CityRole[] }) {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: CityPeopleDoc, variables: { cityIds: [city.id] } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [set, setRole] = useMutation(SetRoleDoc);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  return (
    <section aria-labelledby={'people-' + city.id}>
      <h2 id={'people-' + city.id}>{t('peopleOf', { city: city.name })}</h2>
      <Errors errors={errors} />
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.users.edges.length === 0}>
        {(d) => (
          <ul className="people">
            {d.users.edges.map(({ node: u }) => {
              const role = u.memberships.find((m) => m.city.id === city.id)?.role;
              const self = u.id === viewer?.user.id;
              return (
                <li key={u.id}>
                  <span className="who-name"><strong>{u.name}</strong> <span className="meta">{u.email}</span>
                    {u.status !== 'ACTIVE' && <> <span className="badge">{f.label('UserStatus', u.status)}</span></>}</span>
                  {role && (
                    <Select label={t('roleOf', { name: u.name })} value={role} onChange={async (v) => {
                      const r = await setRole({ input: { userId: u.id, cityId: city.id, role: v as CityRole } });
                      setErrors(r.data?.setUserRole.userErrors ?? []);
                      reload();
                    }} options={roles.map((r) => [r, f.label('Role', r)])} />
                  )}
                  {!self && (
                    <ConfirmDialog destructive trigger={t('remove')} about={u.name} title={t('removeTitle', { name: u.name, city: city.name })}
                      description={<p>{t('removeText', { name: u.name, city: city.name })}</p>} confirmLabel={t('remove')}
                      disabled={set.fetching} onConfirm={async () => {
                        const r = await setRole({ input: { userId: u.id, cityId: city.id, role: null } });
                        setErrors(r.data?.setUserRole.userErrors ?? []);
                        reload();
                      }} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
      <Invite cityId={city.id} roles={roles} onDone={reload} label={t('inviteTo', { city: city.name })} />
    </section>
  );
}

// Invite: an e-mail and a role; the server mails the link, and it is shown here to copy once.
function Invite({ cityId, roles, onDone, label }: { cityId?: string; roles: (CityRole | NetworkRole)[]; onDone: () => void; label: string }) {
  const t = useT();
  const f = useFormat();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>(roles[roles.length - 1] ?? '');
  const [{ data, fetching }, invite] = useMutation(InviteDoc);
  const [token, setToken] = useState<string | null>(null);
  const errs = fieldErrors(data?.inviteUser.userErrors);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setToken(null);
    const r = await invite({ input: { email, role: role as CityRole, cityId: cityId ?? null } });
    const tok = r.data?.inviteUser.invitationToken;
    if (tok) {
      setToken(tok);
      setEmail('');
      onDone();
    }
  };
  return (
    <form onSubmit={submit} className="card-form" aria-label={label}>
      <h3>{label}</h3>
      {errs._ && <Notice kind="error">{errs._}</Notice>}
      {errs.role && <Notice kind="error">{errs.role}</Notice>}
      {errs.cityId && <Notice kind="error">{errs.cityId}</Notice>}
      <div className="inline-form">
        <Field label={t('email')} type="email" required value={email} error={errs.email} onChange={(e) => setEmail(e.target.value)} />
        <Select label={t('role')} value={role} onChange={setRole} options={roles.map((r) => [r, f.label('Role', r)])} />
        <button type="submit" disabled={fetching}>{t('invite')}</button>
      </div>
      {token && <CopyLink label={t('invitationLink')} url={invitationUrl(token)} />}
    </form>
  );
}

// NetworkPeople: everyone, for the secretariat: network roles, deactivation and reactivation.
function NetworkPeople({ roles }: { roles: NetworkRole[] }) {
  const t = useT();
  const f = useFormat();
  const { viewer } = useSession();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [result, refetch] = useQuery({ query: NetworkPeopleDoc, variables: { search: query || null } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [, setRole] = useMutation(SetRoleDoc);
  const [, deactivate] = useMutation(DeactivateDoc);
  const [, reactivate] = useMutation(ReactivateDoc);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  return (
    <section aria-labelledby="people-network">
      <h2 id="people-network">{t('networkPeople')}</h2>
      <form role="search" className="inline-form" aria-label={t('findPeople')} onSubmit={(e) => { e.preventDefault(); setQuery(search.trim()); }}>
        <Field label={t('findPeople')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="submit">{t('search')}</button>
      </form>
      <Errors errors={errors} />
      <QueryState result={result} retry={refetch} isEmpty={(d) => d.users.edges.length === 0}>
        {(d) => (
          <>
            <p className="meta">{t('peopleCount', { count: d.users.totalCount })}</p>
            <ul className="people">
              {d.users.edges.map(({ node: u }) => {
                const self = u.id === viewer?.user.id;
                return (
                  <li key={u.id}>
                    <span className="who-name"><strong>{u.name}</strong> <span className="meta">{u.email}</span>
                      {u.memberships.length > 0 && <span className="meta"> · {u.memberships.map((m) => `${m.city.name}: ${f.label('Role', m.role)}`).join(', ')}</span>}
                      {u.status !== 'ACTIVE' && <> <span className="badge">{f.label('UserStatus', u.status)}</span></>}</span>
                    {!self && (
                      <Select label={t('networkRoleOf', { name: u.name })} value={u.networkRole ?? ''} onChange={async (v) => {
                        const r = await setRole({ input: { userId: u.id, role: (v || null) as NetworkRole | null, cityId: null } });
                        setErrors(r.data?.setUserRole.userErrors ?? []);
                        reload();
                      }} options={[['', t('noNetworkRole')], ...roles.map((r) => [r, f.label('Role', r)] as [string, string])]} />
                    )}
                    {!self && u.status === 'ACTIVE' && (
                      <ConfirmDialog destructive trigger={t('deactivate')} about={u.name} title={t('deactivateTitle', { name: u.name })}
                        description={<p>{t('deactivateText', { name: u.name })}</p>} confirmLabel={t('deactivate')} onConfirm={async () => {
                          const r = await deactivate({ input: { userId: u.id } });
                          setErrors(r.data?.deactivateUser.userErrors ?? []);
                          reload();
                        }} />
                    )}
                    {u.status !== 'ACTIVE' && (
                      <ConfirmDialog trigger={t('reactivate')} about={u.name} title={t('reactivateTitle', { name: u.name })}
                        description={<p>{t('reactivateText', { name: u.name })}</p>} confirmLabel={t('reactivate')} onConfirm={async () => {
                          const r = await reactivate({ input: { userId: u.id } });
                          setErrors(r.data?.reactivateUser.userErrors ?? []);
                          reload();
                        }} />
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </QueryState>
      <Invite roles={roles} onDone={reload} label={t('inviteToNetwork')} />
    </section>
  );
}

const positions: SecretariatPosition[] = ['NETWORK_SECRETARY', 'EXPERT'];
const levels: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

// Staff: the secretariat's people and whether they meet R3.3 (one network secretary and at
// least two experts with good English).
function Staff() {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: StaffDoc });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [added, add] = useMutation(AddStaffDoc);
  const [removed, remove] = useMutation(RemoveStaffDoc);
  const [form, setForm] = useState<{ name: string; position: SecretariatPosition; englishLevel: CefrLevel }>({ name: '', position: 'EXPERT', englishLevel: 'B2' });
  const errs = fieldErrors(added.data?.addSecretariatStaff.userErrors);
  return (
    <section aria-labelledby="people-staff">
      <h2 id="people-staff">{t('secretariatStaff')}</h2>
      <QueryState result={result} retry={refetch}>
        {(d) => {
          const s = d.network.secretariat;
          return (
            <>
              {s.compliance.meetsMinimum ? <Notice kind="info">{t('complianceOk')}</Notice> : (
                <Notice kind="error">{t('complianceProblems')}<ul>{s.compliance.problems.map((p) => <li key={p}>{p}</li>)}</ul></Notice>
              )}
              <Errors errors={removed.data?.removeSecretariatStaff.userErrors ?? []} />
              {s.staff.length === 0 ? <Empty /> : (
                <ul className="people">
                  {s.staff.map((m) => (
                    <li key={m.id}>
                      <span className="who-name"><strong>{m.name}</strong> <span className="meta">{f.label('SecretariatPosition', m.position)} · {t('englishLevel')} {m.englishLevel}</span></span>
                      <ConfirmDialog destructive trigger={t('remove')} about={m.name} title={t('removeStaffTitle', { name: m.name })}
                        description={<p>{t('removeStaffText', { name: m.name })}</p>} confirmLabel={t('remove')} onConfirm={async () => {
                          const r = await remove({ input: { staffId: m.id } });
                          reload();
                          return !r.data?.removeSecretariatStaff.userErrors.length;
                        }} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryState>
      <form className="card-form" aria-label={t('addStaff')} onSubmit={async (e) => {
        e.preventDefault();
        const r = await add({ input: form });
        if (r.data?.addSecretariatStaff.staff) { setForm({ ...form, name: '' }); reload(); }
      }}>
        <h3>{t('addStaff')}</h3>
        <div className="inline-form">
          <Field label={t('name')} required value={form.name} error={errs.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          <Select label={t('position')} value={form.position} onChange={(v) => setForm({ ...form, position: v as SecretariatPosition })}
            options={positions.map((p) => [p, f.label('SecretariatPosition', p)])} />
          <Select label={t('englishLevel')} value={form.englishLevel} onChange={(v) => setForm({ ...form, englishLevel: v as CefrLevel })}
            options={levels.map((l) => [l, l])} />
          <button type="submit" disabled={added.fetching}>{t('add')}</button>
        </div>
      </form>
    </section>
  );
}
