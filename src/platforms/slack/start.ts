import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver, webApi, type AppOptions, type Logger } from '@slack/bolt';
import type { SlackConfig } from '../../config/chat.js';
import { ConfigError } from '../../config/error.js';
import type { PinoLogger } from '../../shared/log.js';
import type { PlatformDeps, RunningPlatform } from '../common/platform.js';
import { registerActions } from './actions.js';
import { adminCheck } from './admin.js';
import { boltLogger } from './bolt-logger.js';
import { registerCommands } from './commands.js';
import { GuardedHttpReceiver } from './http-receiver.js';
import { signIn } from './identity.js';
import { registerHome } from './home.js';
import { registerMessageShortcut } from './message-shortcut.js';
import { registerMessages } from './messages.js';
import { slackPoster } from './poster.js';

export interface SlackStartOptions {
  /** The interface HTTP mode listens on; all of them by default (tests use 127.0.0.1). */
  host?: string;
  /** Web API retries per call (tests use 0). */
  retries?: number;
}

/**
 * A few quick retries, not the Web API client's default of ten over half an hour: a command's
 * response_url expires in 30 minutes, and the scheduler retries a failed digest post itself.
 */
const DEFAULT_RETRIES = 3;

/**
 * Socket Mode's receiver is built here rather than by Bolt so that stop() can wait for the
 * socket's close handshake; HTTP mode's puts a guard and a bounded stop in front of Bolt's
 * HTTPReceiver (http-receiver.ts), and serves /healthz for load balancers and uptime checks.
 */
function receiver(config: SlackConfig, logger: Logger, log: PinoLogger, clientOptions: webApi.WebClientOptions): { socket: SocketModeReceiver | null; transport: AppOptions } {
  if (config.mode === 'http') return { socket: null, transport: { receiver: new GuardedHttpReceiver({ signingSecret: config.signingSecret, logger, log }) } };
  const socket = new SocketModeReceiver({ appToken: config.appToken, logger, installerOptions: { clientOptions } });
  return { socket, transport: { socketMode: true, receiver: socket } };
}

/** Start the receiver; the errors a setting causes name the setting and the fix. */
async function listen(app: App, config: SlackConfig, host: string | undefined): Promise<number | null> {
  if (config.mode === 'http') {
    try {
      const server = await app.start({ port: config.port, ...(host === undefined ? {} : { host }) });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
      throw new ConfigError(`PORT ${config.port} is already in use: stop what listens there, or set PORT to a free port.`);
    }
  }
  try {
    await app.start();
    return null;
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (!code) throw error;
    throw new ConfigError(`Slack refused SLACK_APP_TOKEN (${code}): create an app-level token with the connections:write scope (Basic Information → App-Level Tokens).`);
  }
}

/**
 * Connect to Slack: Socket Mode (an outgoing WebSocket; nothing to expose) or HTTP mode (Slack
 * POSTs to /slack/events, checked against the signing secret; Bolt refuses a bad signature or a
 * timestamp over 5 minutes old with 401). A timestamp ahead of the clock is accepted, as Bolt
 * does: forging one needs the signing secret, so it is no way in for anyone else.
 */
export async function startSlack(config: SlackConfig, deps: PlatformDeps, options: SlackStartOptions = {}): Promise<RunningPlatform & { port: number | null }> {
  const log = deps.logger.child({ platform: 'slack' });
  const logger = boltLogger(log);
  // A fresh copy for each client: Bolt and the Socket Mode client write into the object they get.
  const clientOptions = () => ({ slackApiUrl: config.apiUrl, retryConfig: { retries: options.retries ?? DEFAULT_RETRIES } });
  const identity = await signIn(new webApi.WebClient(config.botToken, { ...clientOptions(), logger }), config.apiUrl);
  const { socket, transport } = receiver(config, logger, log, clientOptions());
  const app = new App({
    token: config.botToken,
    botId: identity.botId,
    botUserId: identity.userId,
    logger,
    logLevel: logger.getLevel(),
    clientOptions: clientOptions(),
    convoStore: false,
    ...transport,
  });
  app.error(async (error) => log.error({ err: error }, 'a Bolt listener failed'));
  const isAdmin = adminCheck(app.client, deps.admins, log);
  registerCommands(app, deps, log, isAdmin);
  registerActions(app, deps, log, isAdmin);
  registerMessages(app, deps, log, isAdmin, identity.userId);
  registerMessageShortcut(app, deps, log, isAdmin);
  registerHome(app, deps, log);

  const port = await listen(app, config, options.host);
  log.info({ mode: config.mode, bot: identity.name, team: identity.team, ...(port === null ? {} : { port }) }, 'listening for commands');

  let stopping: Promise<void> | null = null;
  return {
    name: 'slack',
    port,
    poster: slackPoster(app.client, identity.name),
    stop() {
      stopping ??= (async () => {
        const closed = socket ? new Promise<void>((resolve) => socket.client.once('disconnected', () => resolve())) : null;
        await app.stop();
        await closed;
        log.info({}, 'disconnected');
      })();
      return stopping;
    },
  };
}
