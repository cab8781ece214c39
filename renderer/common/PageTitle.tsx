import { Title, type TitleProps } from '@mantine/core';

/**
 * The one level-one heading of a screen (sized like a section title). Headings inside the screen
 * continue at order 2, 3 … without skipping a level.
 */
export function PageTitle(props: Omit<TitleProps, 'order'>) {
  return <Title order={1} size="h2" {...props} />;
}
