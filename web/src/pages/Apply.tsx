import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useFormat, useT } from '../i18n';
import { Field, Notice, QueryState, Select, TextArea, fieldErrors } from '../ui';
import '../components/pages.css';

// Apply (/apply): a city asks to join through a form on the website (R6.3), anonymously. The
// page explains who may join (R6.2, the network's eligible countries) and that membership is
// free (R6.4); once sent it confirms, and the secretariat sees everything written here.
const ApplyInfoDoc = graphql(`
  query ApplyInfo { network { name eligibleCountries } }
`);

const SubmitApplicationDoc = graphql(`
  mutation SubmitMembershipApplication($input: SubmitMembershipApplicationInput!) {
    submitMembershipApplication(input: $input) { application { id } userErrors { code field message } }
  }
`);

type Form = { cityName: string; localName: string; country: string; mayorName: string; contactName: string; contactEmail: string;
  contactPosition: string; website: string; population: string; motivation: string };
const blank: Form = { cityName: '', localName: '', country: '', mayorName: '', contactName: '', contactEmail: '', contactPosition: '',
  website: '', population: '', motivation: '' };

export function Apply() {
  const t = useT();
  const f = useFormat();
  const [result, refetch] = useQuery({ query: ApplyInfoDoc });
  const [form, setForm] = useState<Form>(blank);
  const [sent, setSent] = useState<Form | null>(null);
  const [missingCountry, setMissingCountry] = useState(false);
  const [{ data, fetching, error }, submit] = useMutation(SubmitApplicationDoc);
  const errs = fieldErrors(data?.submitMembershipApplication.userErrors);
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  if (sent) {
    return (
      <section aria-labelledby="apply-h">
        <h1 id="apply-h" tabIndex={-1} ref={(h) => h?.focus()}>{t('applicationSent')}</h1>
        <p>{t('applicationSentText', { city: sent.cityName, email: sent.contactEmail })}</p>
        <dl className="facts-inline">
          <dt>{t('cityName')}</dt><dd>{sent.cityName}{sent.localName ? ` (${sent.localName})` : ''}</dd>
          <dt>{t('country')}</dt><dd>{f.country(sent.country)}</dd>
          <dt>{t('contact')}</dt><dd>{sent.contactName}{sent.contactPosition ? `, ${sent.contactPosition}` : ''} · {sent.contactEmail}</dd>
        </dl>
        <p><Link to="/">{t('backHome')}</Link></p>
      </section>
    );
  }
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    // The country is a code the API parses before any rule runs: an unchosen one is said here.
    if (!form.country) return setMissingCountry(true);
    setMissingCountry(false);
    const population = form.population.trim() === '' ? null : Number(form.population);
    const r = await submit({ input: {
      cityName: form.cityName, localName: form.localName || null, country: form.country, mayorName: form.mayorName || null,
      contactName: form.contactName, contactEmail: form.contactEmail, contactPosition: form.contactPosition || null,
      website: form.website || null, population: population != null && Number.isFinite(population) ? population : null, motivation: form.motivation,
    } });
    if (r.data?.submitMembershipApplication.userErrors.length === 0) setSent(form);
  };
  return (
    <section aria-labelledby="apply-h">
      <h1 id="apply-h">{t('applyTitle')}</h1>
      <QueryState result={result} retry={refetch}>
        {(d) => {
          const countries = [...d.network.eligibleCountries].map((c) => [c, f.country(c)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1]));
          return (
            <>
              <div className="lead">
                <p>{t('applyRule', { network: d.network.name })}</p>
                <p>{t('applyEligible', { countries: countries.map((c) => c[1]).join(', ') })}</p>
                <p>{t('applyFree')}</p>
              </div>
              {errs._ && <Notice kind="error">{errs._}</Notice>}
              {error && <Notice kind="error">{error.networkError ? t('errorNetwork') : error.graphQLErrors[0]?.message}</Notice>}
              <form onSubmit={onSubmit} className="card-form" aria-label={t('applyTitle')} noValidate>
                <Field label={t('cityName')} required autoComplete="address-level2" value={form.cityName} error={errs.cityName} onChange={set('cityName')} />
                <Field label={t('localName')} value={form.localName} error={errs.localName} onChange={set('localName')} />
                <Select label={t('country')} value={form.country} onChange={(v) => setForm({ ...form, country: v })}
                  options={[['', t('chooseCountry')], ...countries]} />
                {(errs.country || missingCountry) && <p className="field-error" role="alert">{errs.country ?? t('chooseCountryError')}</p>}
                <Field label={t('mayor')} value={form.mayorName} error={errs.mayorName} onChange={set('mayorName')} />
                <Field label={t('contactName')} required autoComplete="name" value={form.contactName} error={errs.contactName} onChange={set('contactName')} />
                <Field label={t('contactEmail')} required type="email" autoComplete="email" value={form.contactEmail} error={errs.contactEmail} onChange={set('contactEmail')} />
                <Field label={t('contactPosition')} autoComplete="organization-title" value={form.contactPosition} error={errs.contactPosition} onChange={set('contactPosition')} />
                <Field label={t('website')} type="url" value={form.website} error={errs.website} onChange={set('website')} />
                <Field label={t('population')} type="number" min={0} inputMode="numeric" value={form.population} error={errs.population} onChange={set('population')} />
                <TextArea label={t('motivationLabel')} required rows={6} value={form.motivation} error={errs.motivation} onChange={set('motivation')} />
                <button type="submit" disabled={fetching}>{t('sendApplication')}</button>
              </form>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
