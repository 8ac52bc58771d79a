package no.avtaleportal.web;

import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;

/**
 * The pages of a long list, as {@code fragments/pagination} shows them: the page asked for (from
 * 1; the first when none is, the last when it is past the end), how many there are, and the
 * addresses of the pages before and after it.
 */
public final class ListPages {

	private ListPages() {
	}

	/**
	 * Puts {@code total}, {@code pageNumber}, {@code pages}, {@code previousPage} and {@code nextPage}
	 * into the model and answers the page to read.
	 * @param url the list's address of a page (from 1)
	 */
	public static PageRequest page(long total, Integer requested, int size, IntFunction<String> url, Model model) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		int number = Math.min(Math.max((requested != null) ? requested : 1, 1), pages);
		model.addAttribute("total", total);
		model.addAttribute("pageNumber", number);
		model.addAttribute("pages", pages);
		model.addAttribute("previousPage", (number > 1) ? url.apply(number - 1) : null);
		model.addAttribute("nextPage", (number < pages) ? url.apply(number + 1) : null);
		return PageRequest.of(number - 1, size);
	}

	/**
	 * The page asked for of a list read whole, with the model's attributes as {@link #page} puts them.
	 * @param url the list's address of a page (from 1)
	 */
	public static <T> List<T> of(List<T> items, Integer requested, int size, IntFunction<String> url, Model model) {
		PageRequest shown = page(items.size(), requested, size, url, model);
		int from = (int) shown.getOffset();
		return items.subList(from, Math.min(from + size, items.size()));
	}

}
