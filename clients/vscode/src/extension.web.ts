/** Web entry (VS Code for the web): the same server, built for a Web Worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, clientOptions, registerFeatures } from './common';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const workerUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser.js');
  const worker = new Worker(workerUrl.toString(true));
  const output = vscode.window.createOutputChannel(CLIENT_NAME);
  context.subscriptions.push(output);
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions(output), worker);
  registerFeatures(context, client, output);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
