import { runRuleTests } from '../helpers/ruleTester.js';

const fm = '---\nfollowup: thank-you\nto: Dana Okafor\n---\n\n';

runRuleTests('too-casual', {
  valid: [
    { name: 'a professional greeting and sign-off', text: `${fm}Dear Dana,\n\nThank you for your time today.\n\nBest regards,\nSam\n` },
    { name: '"Hey Jude" mid-sentence is a song title, not a greeting', text: `${fm}Dear Dana,\n\nI enjoyed our chat about why Hey Jude still tops playlists.\n` },
    { name: '"U.S." is not text-speak', text: `${fm}Dear Dana,\n\nU.S. market data was the heart of our talk.\n` },
    { name: 'casual words inside a quoted earlier message', text: `${fm}Dear Dana,\n\nThank you again.\n\n> hey, gonna send the offer soon lol\n` },
    { name: 'casual words inside inline code', text: `${fm}Dear Dana,\n\nThe \`lol\` flag we discussed was fun.\n` },
  ],
  invalid: [
    {
      name: 'hey as a greeting',
      text: `${fm}Hey Dana,\n\nThank you for your time.\n`,
      errors: [{ messageId: 'casualGreeting', text: 'Hey' }],
      output: `${fm}Hello Dana,\n\nThank you for your time.\n`,
    },
    {
      name: 'gonna and lol',
      text: `${fm}Dear Dana,\n\nI'm gonna practise my SQL lol.\n`,
      errors: [
        { messageId: 'casual', text: 'gonna' },
        { messageId: 'casualRemove', text: 'lol' },
      ],
      output: `${fm}Dear Dana,\n\nI'm going to practise my SQL.\n`,
    },
    {
      name: 'cheers mate sign-off',
      text: `${fm}Dear Dana,\n\nThank you.\n\nCheers mate,\nSam\n`,
      errors: [{ messageId: 'casualSignOff', text: 'Cheers mate' }],
      output: `${fm}Dear Dana,\n\nThank you.\n\nBest regards,\nSam\n`,
    },
  ],
});
