/**
 * Known credential formats, as data: one entry per provider format, written from the providers' documented
 * token shapes. Two kinds:
 *  - `token`: the value has a distinctive shape of its own (`ghp_…`, `xoxb-…`, `dop_v1_…`) and is reported wherever
 *    it appears, in any text file;
 *  - `assigned`: the value is a random-looking string with no prefix, so it counts only when a provider keyword
 *    names what it is assigned to on the same line (`ALGOLIA_ADMIN_KEY = "…"`, `"datadog_api_key": "…"`).
 * `keywords` (lower case) gate every pattern: it runs only on files where one of them occurs, so the list costs
 * one keyword pass per file, not one regex per format. `entropy` is the minimum Shannon entropy (bits per
 * character) of the value: placeholders such as `xxxxxxxx…` or `1111…` stay below it.
 */
import { anchorScanner } from '../../_anchors.js';

export interface ProviderFormat {
  /** Shown in the message: "<provider> literal". */
  provider: string;
  kind: 'token' | 'assigned';
  /** `token`: the whole value; `assigned`: the value that follows the keyword and an assignment operator. */
  value: string;
  keywords: readonly string[];
  entropy?: number;
  /** Case-insensitive value (hex written in either case …). */
  ignoreCase?: boolean;
  confidence?: 'high' | 'medium';
}

const HEX = (n: number | string) => `[a-f0-9]{${n}}`;
const ALNUM = (n: number | string) => `[a-z0-9]{${n}}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const t = (provider: string, value: string, keywords: readonly string[], entropy = 3, extra: Partial<ProviderFormat> = {}): ProviderFormat => ({ provider, kind: 'token', value, keywords, entropy, ...extra });
const a = (provider: string, keywords: readonly string[], value: string, entropy = 3, extra: Partial<ProviderFormat> = {}): ProviderFormat => ({
  provider,
  kind: 'assigned',
  value,
  keywords,
  entropy,
  ignoreCase: true,
  confidence: 'medium',
  ...extra,
});

export const PROVIDER_FORMATS: readonly ProviderFormat[] = [
  // Cloud
  t('AWS access key ID', '(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}', ['akia', 'asia', 'abia', 'acca', 'a3t']),
  a('AWS secret access key', ['aws_secret', 'aws_secret_access_key', 'secretaccesskey', 'aws_secret_key'], '[A-Za-z0-9/+=]{40}', 4, { ignoreCase: false }),
  t('Azure AD client secret', '[a-zA-Z0-9_~.]{3}\\dQ~[a-zA-Z0-9_~.-]{31,34}', ['q~']),
  t('Alibaba access key ID', 'LTAI[a-z0-9]{20}', ['ltai'], 3, { ignoreCase: true }),
  a('Alibaba secret key', ['alibaba'], ALNUM(30)),
  t('Google API key', 'AIza[0-9A-Za-z_-]{35}', ['aiza'], 3),
  t('DigitalOcean token', 'do[opr]_v1_[a-f0-9]{64}', ['dop_v1_', 'doo_v1_', 'dor_v1_']),
  t('Heroku API key (v2)', 'HRKU-AA[0-9a-zA-Z_-]{58}', ['hrku-aa']),
  a('Heroku API key', ['heroku'], UUID, 3),
  t('Fly.io token', '(?:fo1_[\\w-]{43}|fm1[ar]_[a-zA-Z0-9+/]{100,}={0,3}|fm2_[a-zA-Z0-9+/]{100,}={0,3})', ['fo1_', 'fm1', 'fm2_']),
  t('Cloudflare origin CA key', 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}', ['v1.0-']),
  a('Cloudflare API key', ['cloudflare'], '[a-z0-9_-]{40}|[a-f0-9]{37}', 3),
  t('Scalingo API token', 'tk-us-[\\w-]{48}', ['tk-us-']),
  t('Yandex access token', 't1\\.[A-Z0-9a-z_-]+={0,2}\\.[A-Z0-9a-z_-]{86}={0,2}', ['t1.']),
  a('Yandex API key', ['yandex'], 'AQVN[A-Za-z0-9_-]{35,38}|YC[a-zA-Z0-9_-]{38}', 3, { ignoreCase: false }),
  t('HashiCorp Terraform Cloud token', '[a-z0-9]{14}\\.atlasv1\\.[a-z0-9=_-]{60,70}', ['atlasv1'], 3, { ignoreCase: true }),
  t('HashiCorp Vault token', '(?:hvs\\.[\\w-]{90,120}|hvb\\.[\\w-]{138,300})', ['hvs.', 'hvb.']),
  t('Pulumi access token', 'pul-[a-f0-9]{40}', ['pul-']),
  t('Databricks token', 'dapi[a-f0-9]{32}(?:-\\d)?', ['dapi'], 3, { ignoreCase: true }),
  t('Defined Networking API token', 'dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}', ['dnkey-'], 3, { ignoreCase: true }),
  t('Infracost API token', 'ico-[a-zA-Z0-9]{32}', ['ico-']),
  t('Octopus Deploy API key', 'API-[A-Z0-9]{26}', ['api-']),
  t('OpenShift user token', 'sha256~[\\w-]{43}', ['sha256~']),
  t('Planetscale token', 'pscale_(?:tkn|pw|oauth)_[\\w=.-]{32,64}', ['pscale_']),
  t('Prefect API token', 'pnu_[a-z0-9]{36}', ['pnu_'], 3, { ignoreCase: true }),
  t('Harness access token', '(?:pat|sat)\\.[a-zA-Z0-9_-]{22}\\.[a-zA-Z0-9]{24}\\.[a-zA-Z0-9]{20}', ['pat.', 'sat.']),
  t('ClickHouse Cloud key', '4b1d[A-Za-z0-9]{38}', ['4b1d']),
  t('Settlemint token', 'sm_(?:pat|aat|sat)_[a-zA-Z0-9]{16}', ['sm_pat_', 'sm_aat_', 'sm_sat_']),
  a('Kubernetes/OpenStack secret', ['openstack_password', 'os_password'], '[^\\s\'"]{8,64}', 3.5),
  // Source hosting and CI
  t('GitHub token', 'gh[pousr]_[A-Za-z0-9]{36,255}', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']),
  t('GitHub fine-grained token', 'github_pat_[A-Za-z0-9_]{22,255}', ['github_pat_']),
  t('GitLab token', '(?:glpat|gldt|glrt|glcbt|glptt|glsoat|glffct|glft|glimt|glagent|gloas)-[\\w-]{20,}', ['glpat-', 'gldt-', 'glrt-', 'glcbt-', 'glptt-', 'glsoat-', 'glffct-', 'glft-', 'glimt-', 'glagent-', 'gloas-']),
  t('GitLab runner registration token', 'GR1348941[\\w-]{20}', ['gr1348941']),
  a('Bitbucket client secret', ['bitbucket'], '[a-z0-9=_-]{64}|[a-z0-9]{32}', 3),
  a('Travis CI token', ['travis'], ALNUM(22)),
  a('Drone CI token', ['droneci', 'drone_token'], ALNUM(32)),
  a('Codecov token', ['codecov'], ALNUM(32)),
  t('Clojars token', 'CLOJARS_[a-z0-9]{60}', ['clojars_'], 3, { ignoreCase: true }),
  t('RubyGems token', 'rubygems_[a-f0-9]{48}', ['rubygems_']),
  t('npm token', 'npm_[A-Za-z0-9]{36}', ['npm_']),
  t('PyPI token', 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}', ['pypi-']),
  t('NuGet API key', 'oy2[a-z0-9]{43}', ['oy2']),
  t('JFrog Artifactory API key', 'AKCp[A-Za-z0-9]{69}', ['akcp']),
  t('JFrog reference token', 'cmVmd[A-Za-z0-9]{59}', ['cmvmd']),
  a('JFrog token', ['jfrog', 'artifactory', 'bintray', 'xray'], '[a-z0-9]{73}|[a-z0-9]{64}', 3),
  t('Sourcegraph token', '(?:sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40})', ['sgp_']),
  t('Readme API token', 'rdme_[a-z0-9]{70}', ['rdme_']),
  a('SonarQube token', ['sonar'], '(?:squ_|sqp_|sqa_)?[a-z0-9=_-]{40}', 3),
  a('Snyk token', ['snyk'], UUID),
  a('Sentry token', ['sentry'], HEX(64)),
  t('Sentry org token', 'sntrys_eyJpYXQiO[a-zA-Z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[a-zA-Z0-9+/]{10,200}={0,2}_[a-zA-Z0-9+/]{43}', ['sntrys_']),
  t('Sentry user token', 'sntryu_[a-f0-9]{64}', ['sntryu_']),
  a('LaunchDarkly token', ['launchdarkly'], '[a-z0-9=_-]{40}'),
  t('Doppler token', 'dp\\.(?:pt|st|ct|scim|audit)\\.[a-z0-9]{40,44}', ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], 3, { ignoreCase: true }),
  t('1Password service account token', 'ops_eyJ[a-zA-Z0-9+/]{250,}={0,3}', ['ops_eyj']),
  t('1Password secret key', 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', ['a3-']),
  t('Age secret key', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', ['age-secret-key-1']),
  // Messaging, chat, e-mail
  t('Slack token', 'xox[baprse]-(?:\\d+-){1,3}[A-Za-z0-9-]{10,}', ['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-', 'xoxe-']),
  t('Slack app token', 'xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+', ['xapp-'], 3, { ignoreCase: true }),
  t('Slack config token', 'xoxe\\.xox[bp]-\\d-[A-Z0-9]{163,166}', ['xoxe.'], 3, { ignoreCase: true }),
  t('Slack webhook URL', '(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}', ['hooks.slack.com']),
  t('Microsoft Teams webhook', 'https://[a-z0-9]+\\.webhook\\.office\\.com/webhookb2/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}@[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}', ['webhook.office.com']),
  t('Discord webhook', 'https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[\\w-]{60,70}', ['discord']),
  a('Discord token', ['discord'], '[a-f0-9]{64}|[a-z0-9=_-]{32}|[0-9]{18}', 2.5),
  t('Telegram bot token', '\\d{5,16}:A[a-zA-Z0-9_-]{34}', [':a'], 3, { confidence: 'medium' }),
  a('Mattermost token', ['mattermost'], ALNUM(26)),
  a('Gitter token', ['gitter'], '[a-z0-9_-]{40}'),
  a('Twitch token', ['twitch'], ALNUM(30)),
  a('Twitter token', ['twitter'], '[a-z0-9]{25}|[a-z0-9]{50}|[0-9]{15,25}-[a-zA-Z0-9]{20,40}|A{22}[a-zA-Z0-9%]{80,100}', 3),
  a('Facebook secret', ['facebook'], HEX(32)),
  t('Facebook access token', 'EAA[MC][a-zA-Z0-9]{100,}', ['eaam', 'eaac']),
  a('LinkedIn client secret', ['linkedin', 'linked-in'], '[a-z0-9]{16}', 3),
  a('MessageBird token', ['messagebird', 'message-bird', 'message_bird'], ALNUM(25)),
  t('SendGrid API key', 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}', ['sg.']),
  t('Sendinblue API key', 'xkeysib-[a-f0-9]{64}-[a-z0-9]{16}', ['xkeysib-'], 3, { ignoreCase: true }),
  t('Mailgun private key', 'key-[a-f0-9]{32}', ['key-'], 3.2),
  t('Mailgun public key', 'pubkey-[a-f0-9]{32}', ['pubkey-']),
  a('Mailgun signing key', ['mailgun'], '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}'),
  t('Mailchimp API key', '[0-9a-f]{32}-us\\d{1,2}', ['-us']),
  a('Mailchimp API key (named)', ['mailchimp'], '[a-f0-9]{32}-us\\d{1,2}'),
  a('Postmark token', ['postmark'], UUID),
  t('Twilio API key', 'SK[0-9a-fA-F]{32}', ['sk']),
  a('Intercom token', ['intercom'], '[a-z0-9=_-]{60}'),
  a('SendBird token', ['sendbird'], HEX(40)),
  a('Zendesk secret', ['zendesk'], ALNUM(40)),
  a('Freshbooks token', ['freshbooks'], ALNUM(64)),
  // Payments and commerce
  t('Stripe key', '(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}', ['sk_test', 'sk_live', 'sk_prod', 'rk_test', 'rk_live', 'rk_prod']),
  t('Square token', '(?:EAAA|sq0atp-)[\\w+=-]{22,60}', ['eaaa', 'sq0atp-']),
  t('Square secret', 'sq0csp-[\\w-]{43}', ['sq0csp-']),
  t('Shopify token', 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}', ['shpat_', 'shpca_', 'shppa_', 'shpss_']),
  t('Flutterwave key', 'FLW(?:PUBK|SECK)_TEST-[a-h0-9]{32}-X|FLWSECK_TEST-[a-h0-9]{12}', ['flwpubk_test', 'flwseck_test'], 3, { ignoreCase: true }),
  t('Shippo token', 'shippo_(?:live|test)_[a-fA-F0-9]{40}', ['shippo_']),
  t('Duffel token', 'duffel_(?:test|live)_[a-z0-9_=-]{43}', ['duffel_'], 3, { ignoreCase: true }),
  t('EasyPost token', 'EZ[AT]K[a-z0-9]{54}', ['ezak', 'eztk'], 3, { ignoreCase: true }),
  a('GoCardless token', ['gocardless'], 'live_[a-z0-9=_-]{40}'),
  a('Plaid secret', ['plaid'], '[a-z0-9]{30}|[a-z0-9]{24}|access-(?:sandbox|development|production)-' + UUID, 3),
  a('Coinbase token', ['coinbase'], '[a-z0-9_-]{64}'),
  a('Kraken token', ['kraken'], '[a-z0-9/=_+-]{80,90}'),
  a('KuCoin token', ['kucoin'], HEX(24)),
  a('Bittrex key', ['bittrex'], ALNUM(32)),
  a('Finicity secret', ['finicity'], '[a-f0-9]{32}|[a-z0-9]{20}'),
  a('Finnhub token', ['finnhub'], ALNUM(20)),
  a('Etsy token', ['etsy'], ALNUM(24)),
  a('Squarespace token', ['squarespace'], UUID),
  a('Lob API key', ['lob'], '(?:live|test)_[a-f0-9]{35}'),
  // AI and data
  t('OpenAI API key', 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|sk-proj-[A-Za-z0-9_-]{40,}', ['sk-']),
  t('Anthropic API key', 'sk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{80,}AA|sk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{40,}', ['sk-ant-']),
  t('Hugging Face token', '(?:hf_|api_org_)[a-zA-Z]{34}', ['hf_', 'api_org_']),
  t('Perplexity API key', 'pplx-[a-zA-Z0-9]{48}', ['pplx-']),
  t('Groq API key', 'gsk_[a-zA-Z0-9]{52}', ['gsk_']),
  a('Cohere API key', ['cohere', 'co_api_key'], '[a-zA-Z0-9]{40}', 3, { ignoreCase: false }),
  a('Algolia API key', ['algolia'], ALNUM(32)),
  a('Contentful token', ['contentful'], '[a-z0-9=_-]{43}'),
  t('Contentful delivery token', 'CFPAT-[a-zA-Z0-9_-]{43}', ['cfpat-']),
  t('Linear API key', 'lin_api_[a-z0-9]{40}', ['lin_api_'], 3, { ignoreCase: true }),
  a('Linear client secret', ['linear'], HEX(32)),
  t('Notion token', '(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})', ['ntn_', 'secret_']),
  t('Airtable personal access token', 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}', ['pat']),
  a('Airtable API key', ['airtable'], ALNUM(17)),
  a('Asana secret', ['asana'], '[0-9]{16}|[a-z0-9]{32}', 2.5),
  t('Atlassian API token', 'ATATT3[A-Za-z0-9_=-]{186}', ['atatt3']),
  a('Atlassian API token (named)', ['atlassian', 'confluence', 'jira'], '[a-z0-9]{24}'),
  a('Datadog key', ['datadog'], ALNUM(40)),
  t('Dynatrace token', 'dt0c01\\.[a-z0-9]{24}\\.[a-z0-9]{64}', ['dt0c01.'], 3, { ignoreCase: true }),
  t('New Relic key', 'NR(?:AK|II|JS)-[a-zA-Z0-9-]{19,32}', ['nrak-', 'nrii-', 'nrjs-']),
  a('New Relic key (named)', ['new-relic', 'newrelic', 'new_relic'], 'NRAA-[a-f0-9]{27}|[a-z0-9]{64}'),
  t('Grafana token', '(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9]{70,400}={0,2})', ['glc_', 'glsa_', 'eyjrijoi']),
  a('Sumo Logic key', ['sumo'], 'su[a-zA-Z0-9]{12}|[a-z0-9]{64}'),
  a('Fastly token', ['fastly'], '[a-z0-9=_-]{32}'),
  a('Netlify token', ['netlify'], '[a-z0-9=_-]{40,46}'),
  a('Looker secret', ['looker'], '[a-z0-9]{24}|[a-z0-9]{20}'),
  a('Okta token', ['okta'], '00[\\w=-]{40}'),
  t('Authress key', '(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\\.[a-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[a-z0-9+/_=-]{30,120}', ['sc_', 'ext_', 'scauth_', 'authress_'], 3, { ignoreCase: true }),
  a('Beamer token', ['beamer'], 'b_[a-z0-9=_-]{44}'),
  a('Adafruit key', ['adafruit'], '[a-z0-9_-]{32}'),
  a('Adobe client secret', ['adobe'], HEX(32)),
  t('Adobe client secret (p8e)', 'p8e-[a-z0-9]{32}', ['p8e-'], 3, { ignoreCase: true }),
  a('Confluent secret', ['confluent'], '[a-z0-9]{64}|[a-z0-9]{16}'),
  a('Dropbox token', ['dropbox'], 'sl\\.[a-z0-9=_-]{135}|[a-z0-9]{11}AAAAAAAAAA[a-z0-9=_-]{43}|[a-z]{15}'),
  a('Flickr key', ['flickr'], ALNUM(32)),
  t('Frame.io token', 'fio-u-[a-z0-9=_-]{64}', ['fio-u-'], 3, { ignoreCase: true }),
  a('HubSpot key', ['hubspot'], UUID),
  a('Mapbox token', ['mapbox'], 'pk\\.[a-z0-9]{60}\\.[a-z0-9]{22}'),
  a('MaxMind license key', ['maxmind'], '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk'),
  t('MaxMind license key (format)', '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk', ['_mmk']),
  a('New York Times key', ['nytimes', 'new-york-times', 'newyorktimes'], '[a-z0-9=_-]{32}'),
  a('RapidAPI key', ['rapidapi'], '[a-z0-9_-]{50}'),
  a('Trello key', ['trello'], '[a-zA-Z0-9]{32}'),
  t('Typeform token', 'tfp_[a-z0-9._=-]{59}', ['tfp_'], 3, { ignoreCase: true }),
  t('Postman API key', 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}', ['pmak-'], 3, { ignoreCase: true }),
  a('Private AI key', ['private_ai', 'private-ai', 'privateai'], ALNUM(32)),
  t('Ubidots token', 'BBFF-[0-9a-zA-Z]{30}', ['bbff-']),
  a('Sidekiq secret', ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'], '[a-f0-9]{8}:[a-f0-9]{8}'),
  t('Sidekiq sensitive URL', 'https?://[a-f0-9]{8}:[a-f0-9]{8}@(?:gems|enterprise)\\.contribsys\\.com', ['contribsys.com']),
  a('Kubernetes/Vault AppRole secret', ['vault_secret_id', 'approle_secret'], UUID),
  t('Amazon Bedrock API key', 'bedrock-api-key-[A-Za-z0-9+/=]{24,}|ABSK[A-Za-z0-9+/]{109,269}={0,2}', ['bedrock-api-key-', 'absk']),
  a('Cisco Meraki API key', ['meraki'], HEX(40)),
  t('GitLab session cookie', '_gitlab_session=[0-9a-z]{32}', ['_gitlab_session=']),
  a('Kubernetes dashboard/cluster token', ['kubeconfig_token', 'k8s_token'], '[a-z0-9._-]{40,}', 3.5),
  a('Intra42 client secret', ['intra42', '42_secret'], 's-s4t2(?:af|ud)-[a-f0-9]{64}'),
  t('Intra42 client secret (format)', 's-s4t2(?:af|ud)-[a-f0-9]{64}', ['s-s4t2']),
  a('Twitch/Trello/Dropbox token (named)', ['trello'], '[a-zA-Z0-9-]{32}', 3, { ignoreCase: false }),
  // Generic shapes
  t('JWT', 'eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{16,}', ['eyj'], 3, { confidence: 'medium' }),
];

export interface CompiledFormat extends ProviderFormat {
  re: RegExp;
}

/**
 * `assigned` formats: the keyword, up to 40 more name characters (`ALGOLIA_ADMIN_API_KEY`), closing quotes, an
 * assignment operator (`=`, `:`, `:=`, `=>`, `?=`, `,` of a call or tuple), opening quotes, then the value, which
 * must end at a quote, a space, `;`, `,`, `)` or the end of the line. Group 1 is the value.
 */
function compile(f: ProviderFormat): CompiledFormat {
  const flags = `g${f.ignoreCase ? 'i' : ''}`;
  if (f.kind === 'token') return { ...f, re: new RegExp(`(?<![A-Za-z0-9_])(${f.value})(?![A-Za-z0-9_])`, flags) };
  const kw = f.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const head = `(?:${kw})[\\w.-]{0,40}?["'\`]?\\]?\\s{0,3}(?:=|:=|::=|:::=|\\?=|=>|:|,|\\|\\|)\\s{0,5}["'\`]?\\s{0,3}`;
  return { ...f, re: new RegExp(`${head}(${f.value})(?=["'\`\\s;,)<]|\\\\[nr]|$)`, `${flags}m`) };
}

export const COMPILED_FORMATS: readonly CompiledFormat[] = PROVIDER_FORMATS.map(compile);

/**
 * Which formats can match in this text: one pass for every format's keywords over the lower-cased text (the shared
 * anchor scanner: a keyword that begins a longer one — `sk` of `sk-`, `eyj` of a longer `eyj…` — counts wherever the
 * longer one occurs, and overlapping keywords are all found).
 */
const KEYWORDS = anchorScanner(Object.fromEntries(COMPILED_FORMATS.map((f, i) => [String(i), f.keywords.map((k) => k.toLowerCase())])));

export function formatsIn(text: string): CompiledFormat[] {
  const seen = KEYWORDS.scan(text.toLowerCase());
  return seen.size ? COMPILED_FORMATS.filter((_, i) => seen.has(String(i))) : [];
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
