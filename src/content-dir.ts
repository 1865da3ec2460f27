/** Where the content lives. Tests point CONTENT_DIR at broken fixtures to see the build fail. */
export const contentDir = process.env.CONTENT_DIR ?? './content';
