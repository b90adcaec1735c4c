import {
  CHANNELS,
  CHECKLIST_ITEMS,
  LINK_KINDS,
  SEVERITIES,
  signalRuleSchema,
  TEMPLATE_IDS,
  TOPIC_REQUESTS,
  WEEKDAYS,
} from '../../src/policy/schema';
import { getAt, type Path } from '../../src/ui/draft';
import {
  ClauseField,
  LinesField,
  ListField,
  LocalTextField,
  MultiCheckField,
  OptionalGroup,
  SelectField,
  TextField,
} from '../../src/ui/fields';
import { t } from '../../src/ui/i18n';

const SIGNAL_IDS = signalRuleSchema.options.map((o) => o.shape.id.value);
const TIMEZONES = Intl.supportedValuesOf('timeZone');
const clause = () => ({ ref: '', quote: '' });
const idOf = (value: unknown, i: number) => {
  const id = getAt(value, ['id']);
  return typeof id === 'string' && id ? id : `#${i + 1}`;
};

/** Every part of a policy as form fields; each field shows the schema's problems at its JSON path. */
export function PolicyForm({ value }: { value: unknown }) {
  const signalId = (path: Path) => getAt(value, [...path, 'id']);
  return (
    <div className="policy-form">
      <section>
        <h3>{t('formGeneral')}</h3>
        <TextField path={['id']} label={t('formId')} />
        <TextField path={['name']} label={t('formName')} />
        <OptionalGroup path={['source']} make={() => ({ title: '' })} addLabel={t('formAddSource')}>
          <TextField path={['source', 'title']} label={t('formSourceTitle')} />
          <TextField path={['source', 'version']} label={t('formSourceVersion')} optional />
          <TextField path={['source', 'file']} label={t('formSourceFile')} optional />
        </OptionalGroup>
      </section>

      <section data-section="schedule">
        <h3>{t('formSchedule')}</h3>
        <datalist id="timezones">
          {TIMEZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <SelectField path={['schedule', 'timezone']} label={t('formTimezone')} options={TIMEZONES} />
        <TextField path={['schedule', 'businessDay']} label={t('formBusinessDay')} placeholder="8h" optional />
        <div className="week">
          {WEEKDAYS.map((day) => (
            <ListField
              key={day}
              path={['schedule', 'week', day]}
              label={t(`day_${day}`)}
              newItem={() => '09:00-18:00'}
              item={(path) => <TextField path={path} label={t('formInterval')} placeholder="09:00-18:00" />}
              itemLabel={() => ''}
            />
          ))}
        </div>
        <ListField
          path={['schedule', 'holidays']}
          label={t('formHolidays')}
          newItem={() => new Date().toISOString().slice(0, 10)}
          item={(path) => <TextField path={path} label={t('formDate')} type="date" />}
          itemLabel={(v) => String(v ?? '')}
        />
        <ClauseField path={['schedule', 'clause']} optional />
      </section>

      <section data-section="sla">
        <h3>{t('formSla')}</h3>
        <SelectField
          path={['sla', 'commitment']}
          label={t('formCommitment')}
          options={['guaranteed', 'indicative', 'none'].map((c) => ({ value: c, label: t(`commitment_${c}`) }))}
        />
        <OptionalGroup path={['sla', 'summary']} make={() => ({ en: '' })} addLabel={t('formAddSummary')}>
          <LocalTextField path={['sla', 'summary']} label={t('formSummary')} />
        </OptionalGroup>
        <ListField
          path={['sla', 'tiers']}
          label={t('formTiers')}
          newItem={() => ({ id: '', label: '', target: '1bd', clock: 'business' })}
          itemLabel={idOf}
          item={(path) => (
            <>
              <TextField path={[...path, 'id']} label={t('formId')} />
              <TextField path={[...path, 'label']} label={t('formLabel')} />
              <TextField path={[...path, 'from']} label={t('formFrom')} placeholder="1h" optional />
              <TextField path={[...path, 'target']} label={t('formTarget')} placeholder="6h, 1bd" />
              <SelectField path={[...path, 'clock']} label={t('formClock')} options={['business', 'calendar']} />
              <SelectField path={[...path, 'severity']} label={t('formSeverity')} options={SEVERITIES} optional />
              <TextField path={[...path, 'description']} label={t('formDescription')} optional />
              <ClauseField path={[...path, 'clause']} optional />
            </>
          )}
        />
        <ClauseField path={['sla', 'clause']} optional />
      </section>

      <section data-section="checklist">
        <h3>{t('formChecklist')}</h3>
        <ListField
          path={['checklist']}
          label={t('formChecklistItems')}
          newItem={() => ({ id: 'version', label: { en: '' }, required: 'always', clause: clause() })}
          itemLabel={idOf}
          item={(path) => (
            <>
              <SelectField path={[...path, 'id']} label={t('formId')} options={CHECKLIST_ITEMS} />
              <LocalTextField path={[...path, 'label']} label={t('formLabel')} />
              <SelectField path={[...path, 'required']} label={t('formRequired')} options={['always', 'malfunction', 'when-needed']} />
              <ClauseField path={[...path, 'clause']} />
            </>
          )}
        />
      </section>

      <section data-section="scope">
        <h3>{t('formScope')}</h3>
        <ListField
          path={['scope', 'outOfScope']}
          label={t('formOutOfScope')}
          newItem={() => ({ id: '', label: { en: '' }, clause: clause(), phrases: [], unless: [], topics: [], topicRequests: 'work' })}
          itemLabel={idOf}
          item={(path) => (
            <>
              <TextField path={[...path, 'id']} label={t('formId')} />
              <LocalTextField path={[...path, 'label']} label={t('formLabel')} />
              <LinesField path={[...path, 'phrases']} label={t('formPhrases')} />
              <LinesField path={[...path, 'unless']} label={t('formUnless')} />
              <LinesField path={[...path, 'topics']} label={t('formTopics')} />
              <SelectField path={[...path, 'topicRequests']} label={t('formTopicRequests')} options={TOPIC_REQUESTS} />
              <ClauseField path={[...path, 'clause']} />
            </>
          )}
        />
        <ListField
          path={['scope', 'inScope']}
          label={t('formInScope')}
          newItem={() => ({ text: { en: '' }, clause: clause(), phrases: [], covers: [] })}
          item={(path) => (
            <>
              <LocalTextField path={[...path, 'text']} label={t('formText')} />
              <LinesField path={[...path, 'phrases']} label={t('formPhrases')} />
              <LinesField path={[...path, 'covers']} label={t('formCovers')} />
              <ClauseField path={[...path, 'clause']} />
            </>
          )}
        />
      </section>

      <section data-section="links">
        <h3>{t('formLinks')}</h3>
        <ListField
          path={['links']}
          label={t('formRefusedHosts')}
          newItem={() => ({ kind: 'cloud-storage', label: '', hosts: [], clause: clause() })}
          itemLabel={(v, i) => String(getAt(v, ['label']) || `#${i + 1}`)}
          item={(path) => (
            <>
              <SelectField path={[...path, 'kind']} label={t('formKind')} options={LINK_KINDS} />
              <TextField path={[...path, 'label']} label={t('formLabel')} />
              <LinesField path={[...path, 'hosts']} label={t('formHosts')} />
              <ClauseField path={[...path, 'clause']} />
            </>
          )}
        />
      </section>

      <section data-section="channels">
        <h3>{t('formChannels')}</h3>
        <MultiCheckField path={['channels', 'official']} label={t('formChannelsOfficial')} options={CHANNELS} />
        <MultiCheckField path={['channels', 'refused']} label={t('formChannelsRefused')} options={CHANNELS} />
        <ClauseField path={['channels', 'clause']} optional />
      </section>

      <section data-section="signals">
        <h3>{t('formSignals')}</h3>
        <ListField
          path={['signals']}
          label={t('formSignalRules')}
          newItem={() => ({ id: 'credentials', clause: clause() })}
          itemLabel={idOf}
          item={(path) => (
            <>
              <SelectField path={[...path, 'id']} label={t('formId')} options={SIGNAL_IDS} />
              <ClauseField path={[...path, 'clause']} />
              <AdviceField path={[...path, 'advice']} />
              {signalId(path) === 'attachment-format' && (
                <>
                  <LinesField path={[...path, 'allowed']} label={t('formAllowedFormats')} />
                  <LinesField path={[...path, 'mustArchive']} label={t('formMustArchive')} />
                </>
              )}
            </>
          )}
        />
      </section>

      <section data-section="templates">
        <h3>{t('formTemplates')}</h3>
        <p className="hint">{t('formTemplatesHint')}</p>
        <ListField
          path={['templates']}
          label={t('formReplyTemplates')}
          newItem={() => ({ id: 'request-missing', text: { en: '' } })}
          itemLabel={idOf}
          item={(path) => (
            <>
              <SelectField path={[...path, 'id']} label={t('formId')} options={TEMPLATE_IDS} />
              <LocalTextField path={[...path, 'text']} label={t('formText')} long />
            </>
          )}
        />
      </section>

      <section data-section="sections">
        <h3>{t('formSections')}</h3>
        <ListField
          path={['sections']}
          label={t('formSectionLists')}
          newItem={() => ({ ref: '', title: '', kind: 'scope', inScope: [], outOfScope: [] })}
          itemLabel={(v, i) => String(getAt(v, ['title']) || `#${i + 1}`)}
          item={(path) => (
            <>
              <TextField path={[...path, 'ref']} label={t('fieldClauseRef')} />
              <TextField path={[...path, 'title']} label={t('formTitle')} />
              <SelectField path={[...path, 'kind']} label={t('formKind')} options={['scope', 'intake', 'channels', 'other']} />
              <ListField
                path={[...path, 'inScope']}
                label={t('formInScope')}
                newItem={() => ({ en: '' })}
                item={(p) => <LocalTextField path={p} label={t('formText')} />}
              />
              <ListField
                path={[...path, 'outOfScope']}
                label={t('formOutOfScope')}
                newItem={() => ({ en: '' })}
                item={(p) => <LocalTextField path={p} label={t('formText')} />}
              />
            </>
          )}
        />
      </section>
    </div>
  );
}

function AdviceField({ path }: { path: Path }) {
  return (
    <OptionalGroup path={path} make={() => ({ en: '' })} addLabel={t('formAddAdvice')}>
      <LocalTextField path={path} label={t('formAdvice')} />
    </OptionalGroup>
  );
}
