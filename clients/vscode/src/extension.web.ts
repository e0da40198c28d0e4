/** Web entry (VS Code for the web): the same server, built for a Web Worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, clientOptions, registerFeatures, type FollowupApi } from './common';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FollowupApi> {
  const workerUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser.js');
  const worker = new Worker(workerUrl.toString(true));
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  // The thorough tier: Harper's worker (with its slim wasm beside it), started by the server in a nested Web Worker.
  const thoroughWorkerUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'proofreading', 'harper.browser.js').toString(true);
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, worker, clientOptions(output, ['user', 'workspace'], thoroughWorkerUrl));
  const api = registerFeatures(context, client, output);
  await client.start();
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
