/** Desktop entry: the Node server over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, clientOptions, registerFeatures, type FollowupApi } from './common';
import { SERVER_V8_FLAGS } from '../../../server/src/node/flags';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FollowupApi> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'node.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_V8_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(output, ['user']));
  const api = registerFeatures(context, client, output);
  await client.start();
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
