import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { NextMeetings } from '../components/NextMeetings';
import { errorCode } from '../api';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { safeNext } from '../session';
import { CityLink, Field, Notice, QueryState, fieldErrors } from '../ui';
import { useSession } from '../viewer';
import { NotificationSettings } from './Notifications';

const LoginDoc = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { token userErrors { code field message } }
  }
`);

export function SignIn() {
  const t = useT();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState('');
  const [{ fetching }, login] = useMutation(LoginDoc);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem('');
    const r = await login({ input: { email, password } });
    if (errorCode(r.error) === 'RATE_LIMITED') return setProblem(t('rateLimited'));
    const token = r.data?.login.token;
    if (!token) return setProblem(t('wrongCredentials'));
    signIn(token);
    navigate(safeNext(next), { replace: true });
  };
  return (
    <section className="narrow">
      <h1>{t('signIn')}</h1>
      {next && <Notice kind="info">{t('signInToContinue')}</Notice>}
      {problem && <Notice kind="error">{problem}</Notice>}
      <form onSubmit={submit}>
        <Field label={t('email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field label={t('password')} type="password" autoComplete="current-password" required value={password}
          onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={fetching}>{t('signIn')}</button>
      </form>
      <p><Link to="/reset-password">{t('forgotPassword')}</Link></p>
      <p><Link to="/invitation">{t('acceptInvitation')}</Link></p>
    </section>
  );
}

// fragmentToken is the token a mailed link carries after '#token=': browsers never send the
// fragment to the server, so the token appears in no request line or log.
function fragmentToken(hash: string): string {
  return new URLSearchParams(hash.slice(1)).get('token') ?? '';
}

const RequestResetDoc = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) { ok userErrors { code field message } }
  }
`);

const ResetDoc = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) { token userErrors { code field message } }
  }
`);

// ResetPassword: without a token, asks for a link by e-mail (the answer is the same whether or
// not an account has the address); with the mailed link's token, sets a new password and signs in.
export function ResetPassword() {
  const t = useT();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const token = fragmentToken(useLocation().hash);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState('');
  const [sent, setSent] = useState(false);
  const [{ fetching: asking }, request] = useMutation(RequestResetDoc);
  const [{ data, fetching: resetting }, reset] = useMutation(ResetDoc);
  const errs = fieldErrors(data?.resetPassword.userErrors);
  const ask = async (e: FormEvent) => {
    e.preventDefault();
    setProblem('');
    const r = await request({ input: { email } });
    if (errorCode(r.error) === 'RATE_LIMITED') return setProblem(t('rateLimited'));
    if (r.error || !r.data?.requestPasswordReset.ok) return setProblem(t('error'));
    setSent(true);
  };
  const choose = async (e: FormEvent) => {
    e.preventDefault();
    setProblem('');
    const r = await reset({ input: { token, newPassword: password } });
    if (errorCode(r.error) === 'RATE_LIMITED') return setProblem(t('rateLimited'));
    const ue = r.data?.resetPassword.userErrors ?? [];
    if (ue.some((u) => u.code === 'NOT_FOUND')) return setProblem(t('resetLinkInvalid'));
    const signedIn = r.data?.resetPassword.token;
    if (signedIn) {
      signIn(signedIn);
      navigate('/', { replace: true });
    } else if (r.error) {
      setProblem(t('error'));
    }
  };
  if (!token) {
    return (
      <section className="narrow">
        <h1>{t('forgotPassword')}</h1>
        {problem && <Notice kind="error">{problem}</Notice>}
        {sent ? <Notice kind="info">{t('resetRequested')}</Notice> : (
          <form onSubmit={ask}>
            <p>{t('requestResetHelp')}</p>
            <Field label={t('email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
            <button type="submit" disabled={asking}>{t('requestReset')}</button>
          </form>
        )}
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t('resetPassword')}</h1>
      {problem && <Notice kind="error">{problem}</Notice>}
      <form onSubmit={choose}>
        <Field label={t('newPassword')} type="password" autoComplete="new-password" required value={password} error={errs.newPassword}
          onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={resetting}>{t('resetPassword')}</button>
      </form>
    </section>
  );
}

const AcceptDoc = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { token viewer { user { id } } userErrors { code field message } }
  }
`);

// AcceptInvitation: a new person chooses a name and a password; someone who already has an
// account signs in first and accepts with the token alone (an invitation never changes an
// existing account's password).
export function AcceptInvitation() {
  const t = useT();
  const { signIn, viewer } = useSession();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [form, setForm] = useState(() => ({ token: fragmentToken(hash), name: '', password: '' }));
  const [{ data, fetching }, accept] = useMutation(AcceptDoc);
  const userErrors = data?.acceptInvitation.userErrors;
  const errs = fieldErrors(userErrors);
  const code = userErrors?.[0]?.code;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = viewer ? { token: form.token } : form;
    const r = await accept({ input });
    const token = r.data?.acceptInvitation.token;
    if (token) signIn(token);
    if (token || r.data?.acceptInvitation.viewer) navigate('/');
  };
  return (
    <section className="narrow">
      <h1>{t('acceptInvitation')}</h1>
      {code === 'SIGN_IN_REQUIRED' && <Notice kind="error">{t('invitationSignInRequired')}</Notice>}
      {code === 'RULE_VIOLATION' && <Notice kind="error">{t('invitationDeactivated')}</Notice>}
      {viewer && <p>{t('acceptingAs')} {viewer.user.email}</p>}
      <form onSubmit={submit}>
        <Field label={t('invitationToken')} required value={form.token} error={errs.token} autoComplete="off"
          onChange={(e) => setForm({ ...form, token: e.target.value })} />
        {!viewer && (
          <>
            <Field label={t('yourName')} required value={form.name} error={errs.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            <Field label={t('newPassword')} type="password" autoComplete="new-password" required value={form.password} error={errs.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })} />
          </>
        )}
        <button type="submit" disabled={fetching}>{t('acceptInvitation')}</button>
      </form>
    </section>
  );
}

const ChangePasswordDoc = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { userErrors { code field message } }
  }
`);

export function Account() {
  const t = useT();
  const { viewer, signOut } = useSession();
  const f = useFormat();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const [done, setDone] = useState(false);
  const [{ data, fetching }, change] = useMutation(ChangePasswordDoc);
  const errs = fieldErrors(data?.changePassword.userErrors);
  if (!viewer) return null; // RequireSignIn waits for the viewer
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await change({ input: form });
    setDone(!!r.data && r.data.changePassword.userErrors.length === 0);
  };
  return (
    <section className="narrow">
      <h1>{t('account')}</h1>
      <p>{viewer.user.name} · {viewer.user.email}</p>
      <ul>
        {viewer.memberships.map((m) => (
          <li key={m.city.id}><CityLink city={m.city} />: {f.label('Role', m.role)}</li>
        ))}
      </ul>
      <h2>{t('changePassword')}</h2>
      {done && <Notice kind="info">{t('passwordChanged')}</Notice>}
      <form onSubmit={submit}>
        <Field label={t('currentPassword')} type="password" autoComplete="current-password" required value={form.currentPassword}
          error={errs.currentPassword} onChange={(e) => setForm({ ...form, currentPassword: e.target.value })} />
        <Field label={t('newPassword')} type="password" autoComplete="new-password" required value={form.newPassword}
          error={errs.newPassword} onChange={(e) => setForm({ ...form, newPassword: e.target.value })} />
        <button type="submit" disabled={fetching}>{t('changePassword')}</button>
      </form>
      <NextMeetings />
      <CalendarFeed />
      <NotificationSettings />
      <h2>{t('signOutEverywhere')}</h2>
      <p>{t('signOutEverywhereHelp')}</p>
      <button type="button" onClick={() => void signOut(true)}>{t('signOutEverywhere')}</button>
    </section>
  );
}

const FeedDoc = graphql(`
  query CalendarFeed { viewer { calendarFeedUrl } }
`);

const RotateFeedDoc = graphql(`
  mutation RotateCalendarFeed($input: RotateCalendarFeedInput!) {
    rotateCalendarFeed(input: $input) { calendarFeedUrl userErrors { code field message } }
  }
`);

// CalendarFeed shows the person's own subscription feed and lets them replace it: the old
// address stops working at once (for a feed shared by mistake).
function CalendarFeed() {
  const t = useT();
  const [result, refetch] = useQuery({ query: FeedDoc });
  const [{ data, fetching }, rotate] = useMutation(RotateFeedDoc);
  const [copied, setCopied] = useState(false);
  const url = data?.rotateCalendarFeed.calendarFeedUrl ?? result.data?.viewer?.calendarFeedUrl;
  return (
    <section aria-labelledby="feed-h">
      <h2 id="feed-h">{t('calendarFeed')}</h2>
      <p>{t('calendarFeedHelp')}</p>
      <QueryState result={result} retry={refetch}>
        {() => (
          <>
            <Field label={t('feedAddress')} readOnly value={url ?? ''} onFocus={(e) => e.currentTarget.select()} />
            <p className="row">
              <button type="button" onClick={async () => { await navigator.clipboard?.writeText(url ?? '').catch(() => undefined); setCopied(true); }}>{t('copy')}</button>
              <button type="button" disabled={fetching} onClick={async () => { await rotate({ input: { scope: 'PERSON' } }); setCopied(false); }}>{t('rotateFeed')}</button>
            </p>
            {copied && <Notice kind="info">{t('copied')}</Notice>}
            {data && data.rotateCalendarFeed.userErrors.length === 0 && <Notice kind="info">{t('feedRotated')}</Notice>}
          </>
        )}
      </QueryState>
    </section>
  );
}
