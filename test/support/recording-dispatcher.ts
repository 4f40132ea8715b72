import { Dispatcher, type CommandRequest, type DispatcherOptions } from '../../src/dispatch/dispatcher.js';

/**
 * The real dispatcher, with every request the platform makes of it recorded in order: what shows
 * that a message was ignored (no request) or what a command was asked with.
 */
export function recordingDispatcher(options: DispatcherOptions): { dispatcher: Dispatcher; handled: CommandRequest[] } {
  const dispatcher = new Dispatcher(options);
  const handled: CommandRequest[] = [];
  const handle = dispatcher.handle.bind(dispatcher);
  dispatcher.handle = (request) => {
    handled.push(request);
    return handle(request);
  };
  return { dispatcher, handled };
}
