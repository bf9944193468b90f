/**
 * Per-file extractor of readiness evidence, run in the file pass beside the rules' extractors (it reads the
 * source the pass already holds: no second read, no extra parse). Each signal is a pattern over one kind of
 * file with anchor words: one alternation of every anchor word of the kind finds which occur, and only the
 * signals whose anchors occur run their own pattern. A match on a comment line does not count
 * (`# TODO: add sentry` is not error reporting), except in prose, where headings are the evidence.
 *
 * Output: `perFile.readiness = { signalId: [line, …] }`, at most `MAX_LINES` lines per signal.
 */
import type { FileInput, PerFileFacts } from '../rules/types.js';
import { lineIndex } from '../parse/position.js';

export type SignalKind = 'code' | 'shell' | 'config' | 'ci' | 'docs' | 'ignore';

export interface SignalDef {
  id: string;
  kinds: readonly SignalKind[];
  /** Pattern source; only non-capturing groups. */
  re: string;
  /** Case-sensitive (default: case-insensitive). */
  cs?: boolean;
  /**
   * Anchor words (space-separated, lower-case letters and digits): every match of `re` contains one of them
   * as a whole word (case-insensitive, bounded by non-alphanumerics) (test/readiness/signals.test.ts checks this on real files).
   * Without anchors the pattern runs on every file of its kinds.
   */
  a?: string;
  /** The pattern can span lines: run on the whole text when an anchor occurs. */
  multiline?: boolean;
}

export const MAX_LINES = 5;

const CODE: SignalKind[] = ['code'];
const ANY_EXEC: SignalKind[] = ['code', 'shell', 'config', 'ci'];
const OPS: SignalKind[] = ['shell', 'config', 'ci'];

/** The signals, by id. Detectors in src/readiness/controls read them through `ReadinessContext.signal`. */
export const SIGNALS: readonly SignalDef[] = [
  // security & identity
  { id: 'env-read', a: 'environ getenv basesettings decouple dotenv process meta configmodule', kinds: CODE, cs: true, re: String.raw`\bos\.environ\b|\bos\.getenv\(|\bBaseSettings\b|\benviron\.Env\(|\bfrom decouple import\b|\bload_dotenv\(|\bprocess\.env\b|\bimport\.meta\.env\b|\bConfigModule\.forRoot\b` },
  {
    id: 'secret-manager', a: 'ssm secretsmanager secret secrets getparametercommand getparameterscommand getparametersbypathcommand getsecretvaluecommand hvac vault secretmanager secretclient keyvault sops doppler op chamber sealedsecret',
    kinds: ANY_EXEC,
    re: String.raw`\bssm\.get_parameters?(?:_by_path)?\(|client\(\s*['"](?:ssm|secretsmanager)['"]|get_secret_value\(\s*SecretId|GetParameter(?:s|sByPath)?Command|GetSecretValueCommand|@aws-sdk\/client-(?:ssm|secrets-manager)|\bhvac\b|\bnode-vault\b|\bVAULT_ADDR\b|secretmanager\.SecretManagerServiceClient|@google-cloud\/secret-manager|\bSecretClient\(|azure\.keyvault|aws\s+ssm\s+get-parameters?(?:-by-path)?\b|aws\s+secretsmanager\s+get-secret-value|\bvault\s+(?:kv\s+get|read)\b|gcloud\s+secrets\s+versions\s+access|\bsops\s+(?:-d|--decrypt|exec-env)\b|\bdoppler\s+run\b|\bop\s+run\b|\bchamber\s+exec\b|external-secrets\.io|\bSealedSecret\b|secretsmanager:GetSecretValue|aws_ssm_parameter|aws_secretsmanager_secret`,
  },
  { id: 'jwt-use', a: 'jwt jsonwebtoken jose simplejwt signjwt access', kinds: CODE, re: String.raw`\bjwt\.(?:encode|sign|decode|verify)\(|\bjsonwebtoken\b|\bfrom jose\b|\bflask_jwt_extended\b|\brest_framework_simplejwt\b|@nestjs\/jwt|\bSignJWT\b|\bcreate_access_token\(` },
  { id: 'jwt-expiry', a: 'exp expires expiresin expire lifetime setexpirationtime expiry expiration', kinds: CODE, re: String.raw`['"]exp['"]\s*:|\bexpires_delta\b|\bexpiresIn\b|ACCESS_TOKEN_EXPIRE|JWT_ACCESS_TOKEN_EXPIRES|ACCESS_TOKEN_LIFETIME|setExpirationTime\(|\btoken_expir` },
  { id: 'jwt-refresh', a: 'refresh refreshtoken blacklist revoke revoked', kinds: CODE, re: String.raw`\brefresh_?token\b|REFRESH_TOKEN_LIFETIME|JWT_REFRESH_TOKEN_EXPIRES|create_refresh_token\(|token_blacklist|\brevoke(?:d|_token)?\b` },
  {
    id: 'auth-code', a: 'login log authenticate sign signin password register signup passwordhash contrib passport',
    kinds: CODE,
    re: String.raw`\b(?:def|function)\s+(?:login|log_in|authenticate(?:_user)?|sign_?in|verify_password|check_password|register_user|signup)\b|\bhashed_password\b|\bpassword_hash\b|\bpasswordHash\b|\bdjango\.contrib\.auth\b|\bflask_login\b|\bpassport\b`,
  },
  { id: 'slow-hash', a: 'bcrypt argon2 scrypt passlib pbkdf2 pbkdf2sync pbkdf2hmac password hashpw contrib', kinds: CODE, re: String.raw`\bbcrypt\b|\bargon2\b|\bscrypt\b|\bpasslib\b|\bpbkdf2|\bgenerate_password_hash\(|\bmake_password\(|\bcheck_password_hash\(|\bhashpw\(|\bdjango\.contrib\.auth\b` },
  { id: 'weak-password-hash', a: 'md5 sha1 sha256', kinds: CODE, re: String.raw`\b(?:md5|sha1|sha256)\([^)\n]*pass(?:word|wd)` },
  {
    id: 'input-validation', a: 'pydantic marshmallow zod joi yup validator cerberus jsonschema voluptuous serializers wtforms ajv provider typebox',
    kinds: CODE,
    re: String.raw`\bfrom pydantic\b|\bimport pydantic\b|\bmarshmallow\b|from ['"]zod['"]|require\(['"]zod['"]\)|\bJoi\.object\(|from ['"]yup['"]|\bclass-validator\b|\bcerberus\b|\bjsonschema\b|\bvoluptuous\b|\bserializers\.(?:Model)?Serializer\b|\bwtforms\b|\bnew Ajv\(|@fastify\/type-provider|\bTypeBox\b`,
  },
  {
    id: 'security-headers', a: 'helmet talisman securitymiddleware hsts strict content secure',
    kinds: ['code', 'config'],
    re: String.raw`\bhelmet\b|\bflask_talisman\b|\bTalisman\(|django\.middleware\.security\.SecurityMiddleware|\bSECURE_HSTS_SECONDS\b|Strict-Transport-Security|X-Content-Type-Options|Content-Security-Policy|\bsecure\.Secure\(|\bsecure_headers\b`,
  },

  // reliability
  {
    id: 'http-client',
    a: 'requests httpx aiohttp urllib urlopen axios fetch got undici',
    kinds: CODE,
    cs: true,
    re: String.raw`\brequests\.(?:get|post|put|patch|delete|request|head|Session)\(|\bhttpx\.(?:get|post|put|patch|delete|request|Client|AsyncClient)\(|\baiohttp\.ClientSession\(|\burllib\.request\.urlopen\(|\burlopen\(|\baxios(?:\.\w+)?\(|(?<![.\w])fetch\(|from ['"](?:got|undici|node-fetch)['"]`,
  },
  { id: 'http-timeout', a: 'timeout clienttimeout settimeout', kinds: CODE, cs: true, re: String.raw`\btimeout\s*=\s*(?!None\b)[\w(.]|\btimeout:\s*\d|AbortSignal\.timeout\(|\bhttpx\.Timeout\(|\bClientTimeout\(|\bsetTimeout\(\s*\(\)\s*=>\s*\w*\.abort\(` },
  {
    id: 'retry-backoff', a: 'tenacity backoff exponential exponentialbackoff jitter jittered retry exponentialdelay attempt retries tries',
    kinds: ['code', 'config'],
    re: String.raw`\btenacity\b|\bimport backoff\b|\bfrom backoff\b|@backoff\.|\bwait_exponential\b|\bbackoff_factor\b|\bretry_backoff\b|\bexponential[_ ]?backoff\b|\bjitter(?:ed)?\b|\baxios-retry\b|\bp-retry\b|\basync-retry\b|\bexponentialDelay\b|\bbackoff\s*\*|\b2\s*\*\*\s*(?:attempt|retry|retries|tries)\b`,
  },
  { id: 'retry-plain', a: 'retries maxretries retry autoretry', kinds: ['code', 'config'], re: String.raw`\bmax_retries\b|\bmaxRetries\b|\bretries\s*[=:]\s*\d|@retry\b|\bRetry\(|\bautoretry_for\b` },
  { id: 'circuit-breaker', a: 'pybreaker circuitbreaker circuit opossum cockatiel aiobreaker purgatory outlierdetection', kinds: ['code', 'config'], re: String.raw`\bpybreaker\b|\bcircuitbreaker\b|\bCircuitBreaker\b|\bcircuit_breaker\b|\bopossum\b|\bcockatiel\b|\baiobreaker\b|\bpurgatory\b|\boutlierDetection\b` },
  {
    id: 'job-queue', a: 'celery rq dramatiq huey arq bullmq bull bee sqs kombu pika amqplib kafkaconsumer apscheduler backgroundscheduler',
    kinds: CODE,
    re: String.raw`\bCelery\(|\bfrom celery\b|\bimport celery\b|\bfrom rq\b|\bimport rq\b|\bdramatiq\b|\bfrom huey\b|\bfrom arq\b|\bbullmq\b|require\(['"]bull['"]\)|from ['"]bull['"]|\bbee-queue\b|client\(\s*['"]sqs['"]|@aws-sdk\/client-sqs|\bkombu\b|\bpika\b|\bamqplib\b|\bKafkaConsumer\b|\bapscheduler\b|\bBackgroundScheduler\(`,
  },
  { id: 'dead-letter', a: 'dead deadletter dlq redrivepolicy redrive deadlettertargetarn failed', kinds: ['code', 'config', 'shell'], re: String.raw`dead[_ -]?letter|\bdlq\b|\bRedrivePolicy\b|\bredrive_policy\b|x-dead-letter-exchange|deadLetterTargetArn|\bfailed_jobs\b` },
  {
    id: 'graceful-shutdown', a: 'sigterm sigint sighup signal shutdown lifespan enableshutdownhooks graceful grace stopsignal terminationgraceperiodseconds killsignal timeoutstopsec',
    kinds: ['code', 'config', 'shell'],
    cs: true,
    re: String.raw`\bSIGTERM\b|\badd_signal_handler\(|process\.on\(\s*['"]SIG|on_event\(\s*['"]shutdown['"]|(?<![-\w])lifespan\s*=\s*[A-Za-z_]|\benableShutdownHooks\(|\bgraceful_timeout\b|\bstop_grace_period\b|\bSTOPSIGNAL\b|\bterminationGracePeriodSeconds\b|\bKillSignal=|\bTimeoutStopSec=`,
  },
  { id: 'shutdown-hook', a: 'shutdown', kinds: CODE, multiline: true, re: String.raw`\badd_event_handler\(\s*['"]shutdown['"]|\bregister_shutdown\b|\bon_shutdown\b|@app\.on_event\(\s*['"]shutdown` },
  { id: 'supervisor', a: 'autorestart pm2 apps restart', kinds: ['config', 'shell'], re: String.raw`^\s*autorestart\s*=\s*true|\bpm2\s+start\b|\bapps\s*:\s*\[|^\s*Restart=(?:always|on-failure|on-abnormal)` },

  // observability
  {
    id: 'structured-logging', a: 'structlog pythonjsonlogger json jsonformatter ecs logstashformatter serialize pino bunyan',
    kinds: ['code', 'config'],
    re: String.raw`\bstructlog\b|\bpythonjsonlogger\b|\bpython-json-logger\b|\bjson_logging\b|\bJsonFormatter\b|\bJSONFormatter\b|\becs_logging\b|\bLogstashFormatter\b|\bserialize\s*=\s*True\b|\bpino\b|\bwinston\.format\.json\(|\bformat\.json\(\)|\bbunyan\b|json\.dumps\(\s*\{[^}\n]*['"](?:level|event|msg|message)['"]`,
  },
  { id: 'logging-configured', a: 'basicconfig dictconfig fileconfig getlogger loguru createlogger log4js logger', kinds: CODE, re: String.raw`\blogging\.basicConfig\(|\bdictConfig\(|\bfileConfig\(|\blogging\.getLogger\(|\bgetLogger\(|\bfrom loguru\b|\bwinston\.createLogger\(|\blog4js\b|\bLogger\(` },
  {
    id: 'request-id', a: 'request requestid correlation correlationid rtracer traceparent',
    kinds: ['code', 'config'],
    re: String.raw`\bx-request-id\b|\brequest[_-]?id\b|\bcorrelation[_-]?id\b|\basgi_correlation_id\b|\bcls-rtracer\b|\bexpress-request-id\b|\btraceparent\b|\bx-correlation-id\b|\brequestId\b`,
  },
  {
    id: 'metrics', a: 'prometheus prom starlette aioprometheus generate metrics opentelemetry statsd dogstatsd collectdefaultmetrics scrape',
    kinds: ['code', 'config'],
    re: String.raw`\bprometheus_client\b|\bprometheus-client\b|\bprom-client\b|\bprometheus_fastapi_instrumentator\b|\bstarlette_exporter\b|\bdjango_prometheus\b|\bprometheus_flask_exporter\b|\baioprometheus\b|\bgenerate_latest\(|['"\x60]\/metrics['"\x60]|\bopentelemetry\.metrics\b|@opentelemetry\/sdk-metrics|\bstatsd\b|\bdogstatsd\b|\bcollectDefaultMetrics\(|\bmetrics_path\b|\bscrape_configs\b`,
  },
  {
    id: 'error-reporting', a: 'sentry raven rollbar bugsnag honeybadger airbrake newrelic elasticapm ddtrace appsignal',
    kinds: ['code', 'config'],
    re: String.raw`\bsentry_sdk\b|\bsentry-sdk\b|@sentry\/|\bSENTRY_DSN\b|\braven\b|\brollbar\b|\bbugsnag\b|\bhoneybadger\b|\bairbrake\b|\bnewrelic\b|\belasticapm\b|\bddtrace\b|\bappsignal\b`,
  },
  {
    id: 'health-route', a: 'health healthz healthcheck ready readyz readiness live livez liveness ping',
    kinds: CODE,
    re: String.raw`['"\x60]\/(?:api\/)?(?:v\d\/)?(?:health|healthz|healthcheck|health-check|ready|readyz|readiness|live|livez|liveness|ping)\/?['"\x60]`,
  },
  { id: 'tracing', a: 'opentelemetry ddtrace jaeger zipkin elasticapm newrelic otel enable_tracing traces_sample_rate tracessamplerate', kinds: ['code', 'config'], re: String.raw`\bopentelemetry\b|@opentelemetry\/|\bddtrace\b|\bjaeger\b|\bzipkin\b|\belasticapm\b|\bnewrelic\b|\bOTEL_EXPORTER|\benable_tracing\s*=\s*True\b|\btraces_sample_rate\s*=\s*(?!0(?:\.0*)?\b)[\d.]|\btracesSampleRate:\s*(?!0(?:\.0*)?\b)[\d.]` },
  {
    id: 'alert-rules', a: 'alert prometheusrule alertmanager alarm datadog notification pagerduty opsgenie',
    kinds: ['config', 'ci'],
    re: String.raw`^\s*-?\s*alert:\s*\S|\bPrometheusRule\b|\balertmanager\b|\baws_cloudwatch_metric_alarm\b|\bAWS::CloudWatch::Alarm\b|\bgoogle_monitoring_alert_policy\b|\bdatadog_monitor\b|\bnotification_channels?\b|\bpagerduty\b|\bopsgenie\b`,
  },

  // data
  {
    id: 'db-use', a: 'sqlalchemy psycopg2 psycopg asyncpg pymysql mysqldb sqlite3 django peewee tortoise pymongo motor mongoose prisma typeorm sequelize knex pg mysql2 drizzle mongodb sqlmodel databases',
    kinds: CODE,
    re: String.raw`\bsqlalchemy\b|\bpsycopg2?\b|\bpsycopg\b|\basyncpg\b|\bpymysql\b|\bMySQLdb\b|\bsqlite3\b|\bdjango\.db\b|\bpeewee\b|\btortoise\b|\bpymongo\b|\bmotor\.motor_asyncio\b|\bmongoose\b|@prisma\/client|\btypeorm\b|\bsequelize\b|\bknex\b|from ['"]pg['"]|require\(['"]pg['"]\)|\bmysql2\b|\bbetter-sqlite3\b|\bdrizzle-orm\b|from ['"]mongodb['"]|\bsqlmodel\b|\bdatabases\b`,
  },
  { id: 'db-server', a: 'postgres postgresql psycopg psycopg2 psycopg3 asyncpg pymysql mysql mysql2 mongodb pymongo mongoose pg', kinds: ['code', 'config'], re: String.raw`\bpostgres(?:ql)?(?:\+\w+)?:\/\/|\bpsycopg|\basyncpg\b|\bpymysql\b|\bmysql(?:\+\w+)?:\/\/|\bmysql2\b|\bmongodb(?:\+srv)?:\/\/|\bpymongo\b|\bmongoose\b|from ['"]pg['"]|require\(['"]pg['"]\)|\bdjango\.db\.backends\.(?:postgresql|mysql)\b|provider\s*=\s*["'](?:postgresql|mysql|mongodb)["']` },
  { id: 'db-sqlite', a: 'sqlite3 sqlite aiosqlite', kinds: ['code', 'config'], re: String.raw`\bsqlite3\b|\bsqlite(?:\+\w+)?:\/\/|\bbetter-sqlite3\b|\baiosqlite\b|django\.db\.backends\.sqlite3` },
  {
    id: 'schema-constraints', a: 'foreign references foreignkey uniqueconstraint checkconstraint unique relation manytoone joincolumn foreignkeyconstraint onetoonefield',
    kinds: ['code', 'config'],
    re: String.raw`\bFOREIGN KEY\b|\bREFERENCES\s+["\x60]?\w+|\bForeignKey\(|\bUniqueConstraint\(|\bCheckConstraint\(|\bunique\s*=\s*True\b|\.references\(|\.foreign\(|@relation\(|@ManyToOne\b|@JoinColumn\b|PRAGMA foreign_keys\s*=\s*ON|\bForeignKeyConstraint\(|\bOneToOneField\(`,
  },
  { id: 'upsert', a: 'conflict insert duplicate upsert update conflicts idempotency idempotencykey', kinds: ['code', 'config'], re: String.raw`\bON CONFLICT\b|\bon_conflict_do_(?:update|nothing)\(|\bINSERT OR (?:REPLACE|IGNORE)\b|\bON DUPLICATE KEY UPDATE\b|\.upsert\(|\bupdate_or_create\(|\bupdate_conflicts\s*=|\bidempotency[_-]?key\b` },
  { id: 'db-pool', a: 'pool overflow threadedconnectionpool simpleconnectionpool pgbouncer conn connectionlimit create engine prismaclient sequelize knex datasource', kinds: ['code', 'config'], re: String.raw`\bpool_size\b|\bpool_pre_ping\b|\bmax_overflow\b|\bcreate_pool\(|\bpsycopg_pool\b|\b(?:Threaded|Simple)ConnectionPool\(|\bnew Pool\(|\bpgbouncer\b|\bCONN_MAX_AGE\b|\bconnectionLimit\b|\bpool:\s*\{|\bcreate(?:_async)?_engine\(|\bnew PrismaClient\(|\bnew Sequelize\(|\bknex\(\s*\{|\bnew DataSource\(` },
  { id: 'migration-down', a: 'downgrade down', kinds: CODE, re: String.raw`\bdef downgrade\(|\bexports\.down\b|\basync down\(|\bpublic async down\(|\bdown\(\s*knex\b` },
  { id: 'migration-down-empty', a: 'downgrade', multiline: true, kinds: CODE, re: String.raw`\bdef downgrade\([^)]*\)\s*(?:->\s*None\s*)?:\s*\n(?:\s*(?:#[^\n]*|"""[^"]*""")\n)*\s*pass\b` },
  { id: 'migration-tool', a: 'alembic migrate migrations flyway liquibase migration migrationinterface dbmate yoyo', kinds: ['code', 'config', 'shell', 'ci'], re: String.raw`\balembic\s+(?:upgrade|revision)\b|\bfrom alembic import op\b|\bmanage\.py\s+migrate\b|\bmigrations\.Migration\b|\bflyway\b|\bliquibase\b|\bknex\s+migrate\b|\bprisma\s+migrate\b|\btypeorm\s+migration:run\b|\bMigrationInterface\b|\bmigrate\s+-path\b|\bdbmate\b|\byoyo\b|\bsequelize\s+db:migrate\b` },
  {
    id: 'backup-cmd', a: 'dump dumpall mysqldump mongodump basebackup wal pgbackrest barman restic borg velero backup litestream',
    kinds: ['shell', 'config', 'ci', 'code'],
    re: String.raw`\bpg_dump(?:all)?\b|\bmysqldump\b|\bmongodump\b|\bpg_basebackup\b|\bwal-g\b|\bpgbackrest\b|\bbarman\b|\brestic\s+backup\b|\bborg\s+create\b|\bvelero\s+(?:backup|schedule)\b|\bbackup_retention_period\b|\baws_backup_plan\b|\bAWS::Backup::BackupPlan\b|\blitestream\s+replicate\b|\bsqlite3\b[^\n]*\.backup\b|\.backup\(\s*\w`,
  },
  {
    id: 'restore-cmd', a: 'restore mongorestore borg wal pgbackrest psql mysql backup',
    kinds: ['shell', 'config', 'ci', 'code'],
    re: String.raw`\bpg_restore\b|\bmongorestore\b|\brestic\s+restore\b|\bborg\s+extract\b|\blitestream\s+restore\b|\bvelero\s+restore\b|\bwal-g\s+backup-fetch\b|\bpgbackrest\b[^\n]*\brestore\b|\bpsql\b[^\n]*<\s*\S*(?:dump|backup)|\bmysql\b[^\n]*<\s*\S*(?:dump|backup)|\bverify_backup\b|\brestore_test\b|\btest_restore\b`,
  },

  // delivery
  { id: 'rollback-cmd', a: 'rollout rollback roll previous autorollback', kinds: ['shell', 'ci', 'config'], re: String.raw`\bkubectl\s+rollout\s+undo\b|\bhelm\s+rollback\b|\brollback\b|\broll[ -]back\b|\bPREVIOUS_(?:TAG|IMAGE|RELEASE)\b|\bprevious[_-](?:tag|image|release)\b|\bautoRollback\b|auto_rollback` },
  { id: 'staging', a: 'staging preprod pre', kinds: OPS, re: String.raw`\bstaging\b|\bpreprod\b|\bpre-prod\b` },
  { id: 'cloudformation', a: 'awstemplateformatversion serverless', kinds: ['config'], cs: true, re: String.raw`\bAWSTemplateFormatVersion\b|\bTransform:\s*AWS::Serverless` },
  { id: 'continue-on-error', a: 'continue allow catcherror unstable', kinds: ['ci'], re: String.raw`\bcontinue-on-error:\s*true\b|\ballow_failure:\s*true\b|\bcatchError\b|\bunstable\s*\(` },

  { id: 'workflow-run', a: 'workflow needs', kinds: ['ci'], re: String.raw`\bworkflow_run\b|\bneeds:\s*\[?\s*['"]?(?:test|tests|ci|build-and-test|check|checks|lint-and-test)\b` },

  // commands inside scripts and pre-commit hooks that CI runs (src/readiness/ci.ts follows the call)
  { id: 'cmd-test', a: 'pytest tox nox jest vitest mocha unittest newman bats test', kinds: ['shell', 'config'], re: String.raw`\b(?:py\.?test|tox|nox|jest|vitest|mocha|newman\s+run|bats)\b|\bpython[\d.]*\s+-m\s+(?:pytest|unittest)\b|\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test\b|\bgo\s+test\b|\bcargo\s+test\b` },
  { id: 'cmd-lint', a: 'ruff flake8 pylint eslint prettier black isort shellcheck golangci hadolint stylelint rubocop yamllint biome lint', kinds: ['shell', 'config'], re: String.raw`\b(?:ruff(?:\s+check)?|flake8|pylint|eslint|shellcheck|golangci-lint|hadolint|stylelint|rubocop|yamllint)\b|\bprettier\s+(?:--check|-c)\b|\bblack\s+(?:--check|\.)|\bisort\s+(?:--check|-c)|\bbiome\s+(?:check|lint|ci)\b|\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?lint\b|\bid:\s*(?:[\w-]*-)?(?:ruff|flake8|black|eslint|pylint|isort|prettier|shellcheck|biome)(?:-[\w-]*)?\s*$` },
  { id: 'cmd-type', a: 'mypy pyright pytype basedpyright tsc ty typecheck check', kinds: ['shell', 'config'], re: String.raw`\b(?:mypy|pyright|pytype|basedpyright|vue-tsc)\b|\btsc\b(?!-)|\bty\s+check\b|\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:type-?check|check-types)\b|\bid:\s*(?:[\w-]*-)?(?:mypy|pyright)(?:-[\w-]*)?\s*$` },
  { id: 'cmd-scan', a: 'bandit safety audit trivy grype snyk semgrep gosec gitleaks trufflehog secrets', kinds: ['shell', 'config'], re: String.raw`\b(?:bandit|pip-audit|trivy|grype|snyk|semgrep|gosec|gitleaks|trufflehog|detect-secrets)\b|\bsafety\s+(?:check|scan)\b|\b(?:npm|pnpm|yarn)\s+audit\b|\bid:\s*(?:[\w-]*-)?(?:bandit|gitleaks|detect-secrets|semgrep)(?:-[\w-]*)?\s*$` },

  // hygiene
  { id: 'version-decl', a: 'version', kinds: ['config', 'code'], cs: true, re: String.raw`^\s*version\s*=\s*["'](?!0\.0\.0["'])\d|^\s*"version"\s*:\s*"(?!0\.0\.0")\d|^__version__\s*=|^\s*version\s*=\s*attr:|\bdynamic\s*=\s*\[[^\]]*"version"` },
  { id: 'precommit-hook', a: 'staged husky hooks commit', kinds: ['config'], re: String.raw`"lint-staged"\s*:|"husky"\s*:|"simple-git-hooks"\s*:|\[tool\.pre-commit\]` },
  { id: 'gitignore-env', kinds: ['ignore'], re: String.raw`^\s*\/?\*?\.env(?:\*|\.\*|\.local)?\s*$|^\s*\*\.env\s*$` },
  { id: 'gitignore-python', kinds: ['ignore'], re: String.raw`__pycache__|\*\.py\[?c|\.pyc\b` },
  { id: 'gitignore-venv', kinds: ['ignore'], re: String.raw`^\s*\/?\.?venv[\w.-]*\/?\s*$|^\s*\/?env\/\s*$|^\s*\/?\.venv\b` },
  { id: 'gitignore-node', kinds: ['ignore'], re: String.raw`node_modules` },
  { id: 'gitignore-db', kinds: ['ignore'], re: String.raw`\*\.(?:db|sqlite3?)\b|\.db-(?:wal|shm)\b|\bdata\/\*?\.?db\b|\.sqlite3?\b` },

  // prose: headings name what a document covers
  { id: 'doc-rollback', a: 'rollback roll rolling revert reverting', kinds: ['docs'], re: String.raw`^#{1,4}\s[^\n]*\b(?:roll ?back|rolling back|revert(?:ing)? a (?:deploy|release))` },
  { id: 'doc-runbook', a: 'runbook run oncall on incident', kinds: ['docs'], re: String.raw`^#{1,4}\s[^\n]*\b(?:runbook|run book|on-?call|incident response)\b` },
  { id: 'doc-alerts', a: 'alert alerts alerting paging', kinds: ['docs'], re: String.raw`^#{1,4}\s[^\n]*\b(?:alerts?|alerting|paging)\b` },
  { id: 'doc-restore', a: 'restore restoring disaster', kinds: ['docs'], re: String.raw`^#{1,4}\s[^\n]*\b(?:restor(?:e|ing)|disaster recovery)\b` },
  { id: 'doc-backup', a: 'backup backups', kinds: ['docs'], re: String.raw`^#{1,4}\s[^\n]*\bbackups?\b` },
];

interface Compiled {
  id: string;
  /** Position in its kind's list (`KindIndex.count`): the slot of its last tried line in `signalsIn`. */
  n: number;
  /** Over the whole text (global, multi-line). */
  re: RegExp;
  whole: boolean;
}

/** Per kind: signals run on the whole text, and per anchor word the signals it may start. */
interface KindIndex {
  always: Compiled[];
  byAnchor: Map<string, Compiled[]>;
  /** Every anchor word of the kind as one case-insensitive alternation (longest first). */
  anchors?: RegExp;
  /** Compiled signals of the kind. */
  count: number;
}

function compile(): Map<SignalKind, KindIndex> {
  const out = new Map<SignalKind, KindIndex>();
  for (const kind of ['code', 'shell', 'config', 'ci', 'docs', 'ignore'] as const) {
    const idx: KindIndex = { always: [], byAnchor: new Map(), count: 0 };
    for (const def of SIGNALS.filter((d) => d.kinds.includes(kind))) {
      // A single-line pattern's `\s` must not reach into the next line (the anchored search reads one line).
      const source = def.multiline ? def.re : def.re.replace(/\\s/g, '[ \\t]');
      const c: Compiled = { id: def.id, n: idx.count++, re: new RegExp(source, def.cs ? 'gm' : 'gim'), whole: Boolean(def.multiline) };
      if (!def.a) idx.always.push(c);
      else for (const w of def.a.split(' ')) idx.byAnchor.set(w, [...(idx.byAnchor.get(w) ?? []), c]);
    }
    const words = [...idx.byAnchor.keys()].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
    // Flat, longest first (a trie alternation measured no fewer instructions, and building it costs more).
    if (words.length) idx.anchors = new RegExp(`(?<![a-z0-9])(?:${words.join('|')})(?![a-z0-9])`, 'gi');
    out.set(kind, idx);
  }
  return out;
}

/** Built on first use: a scan that does not evaluate the checklist (`scan --no-store`, `check`) never compiles them. */
let COMPILED: Map<SignalKind, KindIndex> | undefined;

export function kindOf(input: Pick<FileInput, 'lang' | 'role' | 'path'>): SignalKind | undefined {
  if (input.path === '.gitignore' || input.path.endsWith('/.gitignore')) return 'ignore';
  if (input.path.endsWith('.sql')) return 'config';
  if (input.role.startsWith('ci-')) return 'ci';
  if (input.role === 'docs' || input.lang === 'markdown') return 'docs';
  if (input.lang === 'python' || input.lang === 'javascript' || input.lang === 'typescript' || input.lang === 'tsx') return 'code';
  if (input.lang === 'bash') return 'shell';
  if (input.lang === 'text' && input.role !== 'manifest' && input.role !== 'other') return undefined;
  return 'config';
}

/** Whether the match at `index` sits on a comment line (text before it on the line starts a comment). */
function onCommentLine(source: string, index: number, kind: SignalKind): boolean {
  if (kind === 'docs') return false;
  const start = source.lastIndexOf('\n', index - 1) + 1;
  if (kind === 'ignore') return source.charCodeAt(start) === 35; // '#'
  const before = source.slice(start, index).trimStart();
  return before.startsWith('#') || before.startsWith('//') || before.startsWith('/*') || before.startsWith('* ') || before.startsWith('--') || before.startsWith(';');
}

/** Signal id → lines found so far; an id gets an entry with its first match only. */
type Found = Map<string, number[]>;

/** Whether `c` matches `text` outside a comment (the first such match, or undefined). */
function firstMatch(c: Compiled, text: string, kind: SignalKind, from = 0): number | undefined {
  c.re.lastIndex = from;
  for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
    if (m[0] === '') {
      c.re.lastIndex++;
      continue;
    }
    if (!onCommentLine(text, m.index, kind)) return m.index;
  }
  return undefined;
}

/** Runs `c` over the whole text: the lines of its first `MAX_LINES` matching lines. */
function runWhole(c: Compiled, text: string, kind: SignalKind, found: Found): void {
  const lines = found.get(c.id) ?? [];
  let positionAt: ReturnType<typeof lineIndex> | undefined;
  for (let at = firstMatch(c, text, kind); at !== undefined && lines.length < MAX_LINES; at = firstMatch(c, text, kind, c.re.lastIndex)) {
    const line = (positionAt ??= lineIndex(text))(at).line;
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  if (lines.length) found.set(c.id, lines);
}

/** Records a matching line of a signal (lines come in ascending order). */
function record(found: Found, id: string, line: number): void {
  const lines = found.get(id);
  if (!lines) found.set(id, [line]);
  else if (lines[lines.length - 1] !== line) lines.push(line);
}

/**
 * Signals of one source text of the given kind: id → first lines (1-based). One pass of the kind's anchor
 * alternation finds the anchor words; each signal of an anchor then runs on that anchor's line only (its
 * pattern is single-line), once per line, or, for `multiline` signals, once on the whole text. `all`: run
 * every pattern on the whole text, no anchors (the reference the tests compare with).
 */
export function signalsIn(source: string, kind: SignalKind, all = false): Record<string, number[]> {
  const found: Found = new Map();
  const idx = (COMPILED ??= compile()).get(kind);
  if (!idx) return {};
  if (all) {
    for (const c of new Set([...idx.always, ...[...idx.byAnchor.values()].flat()])) runWhole(c, source, kind, found);
    return sorted(found);
  }
  for (const c of idx.always) runWhole(c, source, kind, found);
  if (!idx.anchors) return sorted(found);
  const whole = new Set<Compiled>();
  // Where each signal was last tried (its line's start + 1): anchors come in text order, so a signal runs at
  // most once per line.
  const tried = new Int32Array(idx.count);
  // The current anchor's line, [lineStart, lineEnd) (lineEnd at its '\n' or the end of the text).
  let lineStart = 0;
  let lineEnd = -1;
  let text: string | undefined;
  // Line numbers are counted only when a signal matches, up to that line.
  let counted = 0;
  let countedLine = 1;
  const lineNo = (): number => {
    for (let nl = source.indexOf('\n', counted); nl !== -1 && nl < lineStart; nl = source.indexOf('\n', counted)) {
      countedLine++;
      counted = nl + 1;
    }
    return countedLine;
  };
  idx.anchors.lastIndex = 0;
  for (let m = idx.anchors.exec(source); m; m = idx.anchors.exec(source)) {
    if (m.index > lineEnd) {
      lineStart = source.lastIndexOf('\n', m.index - 1) + 1;
      const end = source.indexOf('\n', m.index);
      lineEnd = end === -1 ? source.length : end;
      text = undefined;
    }
    for (const c of idx.byAnchor.get(m[0].toLowerCase()) ?? []) {
      if (c.whole) {
        whole.add(c);
        continue;
      }
      if (tried[c.n] === lineStart + 1) continue;
      tried[c.n] = lineStart + 1;
      if ((found.get(c.id)?.length ?? 0) >= MAX_LINES) continue;
      text ??= source.slice(lineStart, lineEnd);
      if (firstMatch(c, text, kind) !== undefined) record(found, c.id, lineNo());
    }
  }
  for (const c of whole) runWhole(c, source, kind, found);
  return sorted(found);
}

/** Keys in id order, lines ascending: the same record whatever order the anchors came in. */
function sorted(found: Found): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const k of [...found.keys()].sort()) out[k] = found.get(k)!.sort((a, b) => a - b);
  return out;
}

/** The file-pass extractor (registered in DEFAULT_EXTRACTORS). */
/** Lockfiles name every transitive dependency: a library there is not one the code uses. */
/** Tested on the file name (anchored: one try, not one per position of the path). */
const LOCKFILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|poetry\.lock|uv\.lock|Pipfile\.lock|pdm\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|[\w.-]+\.lock)$/;

export function readinessSignals(input: FileInput): PerFileFacts | undefined {
  if (input.embedded || LOCKFILE.test(input.path.slice(input.path.lastIndexOf('/') + 1))) return undefined;
  const kind = kindOf(input);
  if (!kind) return undefined;
  const found = signalsIn(input.source, kind);
  return Object.keys(found).length ? { readiness: found } : undefined;
}
